package org.credstack.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The skeleton path across the packaged services: an operator registers an institution at issuance; the
 * IssuerRegistered event travels event store → relay → Kafka and appears in wallet's and recognition's projections.
 */
class SkeletonPathIT {

    private final LocalStack stack = LocalStack.get();

    @Test
    void an_institution_registered_at_issuance_reaches_wallet_and_recognition() {
        String operator = stack.token("ops-e2e", Set.of("operator"), null, null);
        String id = given().baseUri(stack.baseUrl("issuance")).auth().oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Tallinn Summer School", "url", "https://summer.example.ee",
                        "email", "office@summer.example.ee", "country", "EE"))
                .post("/v1/issuers")
                .then().statusCode(201).extract().path("id");

        for (String service : new String[] {"wallet", "recognition"}) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(stack.baseUrl(service))
                    .get("/v1/institutions/" + id)
                    .then().statusCode(200).body("name", equalTo("Tallinn Summer School")));
        }
    }

    @Test
    void every_service_reports_ready_and_serves_its_openapi() {
        for (String service : new String[] {"issuance", "wallet", "recognition"}) {
            given().baseUri(stack.baseUrl(service)).get("/q/health/ready").then().statusCode(200);
            given().baseUri(stack.baseUrl(service)).get("/q/openapi").then().statusCode(200);
        }
    }

    @Test
    void bad_input_across_the_packaged_service_is_a_problem_not_a_500() {
        String operator = stack.token("ops-e2e", Set.of("operator"), null, null);
        given().baseUri(stack.baseUrl("issuance")).auth().oauth2(operator).contentType(ContentType.JSON)
                .body("[1,2").post("/v1/issuers")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
