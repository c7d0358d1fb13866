package org.credstack.wallet.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/** The public verifier is rate limited per client address: past the burst, 429 problem+json with Retry-After. */
@QuarkusTest
@TestProfile(VerifyRateLimitTest.SmallBurst.class)
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class VerifyRateLimitTest {

    static final int BURST = 3;

    public static class SmallBurst implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credstack.public-rate-limit.burst", Integer.toString(BURST),
                    "credstack.public-rate-limit.per-minute", "1");
        }
    }

    @Test
    void past_the_burst_a_client_is_told_to_retry_later() {
        for (int i = 0; i < BURST; i++) {
            given().contentType("application/vc+jwt").body("not.a.jwt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).post("/v1/verify")
                    .then().statusCode(200);
        }
        given().contentType("application/vc+jwt").body("not.a.jwt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).post("/v1/verify")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429)).body("type", equalTo("https://credstack.org/problems/rate-limited"));
        // other endpoints are not limited
        given().get("/v1/institutions").then().statusCode(200);
    }
}
