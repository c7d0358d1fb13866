package org.credstack.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.junit.jupiter.api.Test;

/** Problem details, authentication, roles and Idempotency-Key, as every service inherits them. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class WebContractTest {

    @Test
    void a_missing_token_is_a_401_problem() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/test/issuers")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void a_token_without_the_role_is_a_403_problem() {
        String learner = Devstack.tokens().mint("l-1", Set.of("learner"), null, "l@example.org");
        given().auth().oauth2(learner).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/test/issuers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_forged_token_is_rejected() {
        String token = PlatformTestSupport.operatorToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(Map.of("name", "x")).post("/test/issuers")
                .then().statusCode(401);
    }

    @Test
    void malformed_json_is_a_400_problem_not_a_500() {
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body("{\"name\": ").post("/test/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("The request body cannot be read"));
    }

    @Test
    void a_body_of_the_wrong_shape_is_a_400_problem() {
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body("[1,2").post("/test/issuers")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body("{\"name\": {\"nested\": true}}").post("/test/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void an_unknown_field_is_refused_and_named_so_nothing_is_mass_assigned() {
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"admin\": true}").post("/test/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("admin"))
                .body("detail", containsString("not part of this request"));
    }

    @Test
    void a_validation_failure_names_the_field() {
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", " ")).post("/test/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void a_broken_business_rule_is_a_409_naming_the_rule() {
        String id = PlatformTestSupport.registerIssuer("Same Name");
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Same Name")).post("/test/issuers/" + id + "/rename")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("name-unchanged"));
    }

    @Test
    void an_unknown_aggregate_is_a_404_problem() {
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "other")).post("/test/issuers/" + UUID.randomUUID() + "/rename")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_replays_the_first_response() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("name", "Idempotent College"))
                .post("/test/issuers").then().statusCode(201).extract().path("id");

        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("name", "Idempotent College"))
                .post("/test/issuers").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("name", "First"))
                .post("/test/issuers").then().statusCode(201);
        given().auth().oauth2(PlatformTestSupport.operatorToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("name", "Second"))
                .post("/test/issuers").then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"));
    }

    @Test
    void readiness_is_gated_by_the_database_and_reports_kafka_without_failing() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("kafka-relay"));
    }

    @Test
    void openapi_and_metrics_are_served() {
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/v1/institutions"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
