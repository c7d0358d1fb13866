package org.credstack.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OverloadTest {

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(OverloadTest.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> "getPath".equals(method.getName())
                    ? "/v1/credentials" : null);

    @Test
    void an_exhausted_connection_pool_answers_503_with_retry_after_not_500() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException(
                new SQLException("Sorry, acquisition timeout!")), URI);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void any_other_failure_stays_an_internal_error() {
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("boom"), URI).getStatus())
                .isEqualTo(500);
    }
}
