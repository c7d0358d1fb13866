package org.credstack.recognition.rplclaim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/** The RPL API is documented where it is declared: every operation with a summary, a description and examples. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RplOpenApiTest {

    @Test
    void every_rpl_operation_has_a_summary_a_description_and_examples() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/v1/rpl-claims", "/v1/rpl-claims/{id}", "/v1/rpl-claims/{id}/evidence",
                "/v1/rpl-claims/{id}/evidence/{fileId}", "/v1/rpl-claims/{id}/completeness",
                "/v1/rpl-claims/{id}/resubmit", "/v1/rpl-claims/{id}/assign", "/v1/rpl-claims/{id}/assessments",
                "/v1/rpl-claims/{id}/decision", "/v1/rpl-claims/{id}/appeal", "/v1/rpl-claims/{id}/withdraw");
        paths.forEach((path, operations) -> {
            if (path.startsWith("/v1/rpl-claims")) {
                operations.forEach((method, operation) -> assertThat(operation)
                        .as(method + " " + path).containsKeys("summary", "description"));
            }
        });
        assertThat(doc.getMap("paths.'/v1/rpl-claims'.post.requestBody.content.'application/json'.examples"))
                .containsKey("claim");
        assertThat(doc.getMap("paths.'/v1/rpl-claims/{id}/evidence'.post.requestBody.content")).containsKeys(
                "application/json", "multipart/form-data");
        assertThat(doc.getMap("paths.'/v1/rpl-claims/{id}/evidence'.post.responses")).containsKeys("201", "413");
        assertThat(doc.getMap("paths.'/v1/rpl-claims/{id}/decision'.post.requestBody.content.'application/json'"
                + ".examples")).containsKey("partial credit");
        assertThat(doc.getMap("paths.'/v1/rpl-claims/{id}'.get.responses.'200'.content.'application/json'"
                + ".examples")).containsKey("claim");
    }
}
