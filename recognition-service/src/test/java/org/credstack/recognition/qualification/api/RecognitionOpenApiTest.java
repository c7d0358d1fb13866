package org.credstack.recognition.qualification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document describes every qualification, credit transfer, progress and award call (and the
 * progress worker's operator calls) with examples.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RecognitionOpenApiTest {

    record Call(String path, String method) {
    }

    static final List<Call> CALLS = List.of(new Call("/v1/qualifications", "post"),
            new Call("/v1/qualifications", "get"), new Call("/v1/qualifications/{id}", "get"),
            new Call("/v1/qualifications/{id}", "put"), new Call("/v1/qualifications/{id}/publish", "post"),
            new Call("/v1/equivalences", "post"), new Call("/v1/equivalences", "get"),
            new Call("/v1/equivalences/{id}", "get"), new Call("/v1/equivalences/{id}", "delete"),
            new Call("/v1/learners/{recipientRef}/progress", "get"), new Call("/v1/me/progress", "get"),
            new Call("/v1/awards", "get"), new Call("/v1/awards/{id}", "get"),
            new Call("/v1/awards/{id}/confirm", "post"), new Call("/v1/awards/{id}/withdraw", "post"),
            new Call("/v1/awards/{id}/keep", "post"), new Call("/admin/progress", "get"),
            new Call("/admin/progress/timings", "get"));

    @Test
    void every_call_has_a_summary_a_description_and_examples() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString()).path("paths");
        for (Call call : CALLS) {
            JsonNode operation = paths.path(call.path()).path(call.method());
            assertThat(operation.path("summary").asText()).as(call.toString()).isNotBlank();
            assertThat(operation.path("description").asText()).as(call.toString()).isNotBlank();
            if (!call.method().equals("delete")) {
                assertThat(operation.path("responses").findValues("examples")).as(call.toString()).isNotEmpty();
            }
        }
        JsonNode define = paths.path("/v1/qualifications").path("post").path("requestBody").path("content")
                .path("application/json").path("examples");
        assertThat(define.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "certificate of three micro-credentials", "diploma with electives");
        assertThat(paths.path("/v1/qualifications/{id}").path("put").path("responses").has("412")).isTrue();
        assertThat(paths.path("/v1/equivalences").path("post").path("requestBody").path("content")
                .path("application/json").path("examples").size()).isEqualTo(2);
    }
}
