package org.credstack.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An institution of the running stack as the e2e scenarios use it: registered at issuance by an operator, with an
 * issuer-admin who creates and publishes an achievement and issues credentials of it to learners by e-mail.
 */
final class Institution {

    static final String ACHIEVEMENT_NAME = "Data Literacy for Public Servants";

    private final LocalStack stack;
    final String id;
    final String name;
    final String admin;
    final String achievementId;

    private Institution(LocalStack stack, String id, String name, String admin, String achievementId) {
        this.stack = stack;
        this.id = id;
        this.name = name;
        this.admin = admin;
        this.achievementId = achievementId;
    }

    /** Registers an institution, publishes one achievement of it, and waits until the wallet knows the issuer. */
    static Institution register(LocalStack stack, String name) {
        String operator = stack.token("ops-e2e", Set.of("operator"), null, null);
        String id = given().baseUri(stack.baseUrl("issuance")).auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", "https://www.example.edu", "email", "registrar@example.edu",
                        "country", "NL"))
                .post("/v1/issuers")
                .then().statusCode(201).extract().path("id");
        String admin = stack.token("admin-" + id, Set.of("issuer-admin"), id, null);

        String achievement = given().baseUri(stack.baseUrl("issuance")).auth().oauth2(admin)
                .contentType(ContentType.JSON).body(microCredential())
                .post("/v1/achievements")
                .then().statusCode(201).extract().path("id");
        given().baseUri(stack.baseUrl("issuance")).auth().oauth2(admin).contentType(ContentType.JSON)
                .post("/v1/achievements/" + achievement + "/publish")
                .then().statusCode(200);

        // the wallet's verifier reports issuer-known from its directory, fed by IssuerRegistered over Kafka
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(stack.baseUrl("wallet"))
                .get("/v1/institutions/" + id)
                .then().statusCode(200).body("name", equalTo(name)));
        return new Institution(stack, id, name, admin, achievement);
    }

    /** Publishes another achievement of the institution: a micro-credential of {@code credits} ECTS; its id. */
    String publishAchievement(String name, double credits) {
        Map<String, Object> body = microCredential();
        body.put("name", name);
        body.put("creditsAvailable", credits);
        String achievement = asAdmin().body(body).post("/v1/achievements").then().statusCode(201).extract().path("id");
        asAdmin().post("/v1/achievements/" + achievement + "/publish").then().statusCode(200);
        return achievement;
    }

    /** Issues a credential of the achievement to {@code email}; returns its id (without urn:uuid:). */
    String issueTo(String email) {
        return issueTo(email, achievementId);
    }

    /** Issues a credential of {@code achievement} to {@code email}; returns its id (without urn:uuid:). */
    String issueTo(String email, String achievement) {
        Map<String, Object> body = new HashMap<>();
        body.put("achievementId", achievement);
        body.put("recipient", Map.of("email", email, "learnerId", "s1234567", "displayName", "Ada Lovelace"));
        String urn = asAdmin().body(body).post("/v1/credentials")
                .then().statusCode(201).extract().path("id");
        return urn.substring("urn:uuid:".length());
    }

    void revoke(String credentialId, String reason) {
        String etag = asAdmin().accept("application/vc+ld+json").get("/v1/credentials/" + credentialId)
                .then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("reason", reason))
                .post("/v1/credentials/" + credentialId + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    /** The credential exactly as issuance serves it in {@code mediaType}. */
    String credential(String credentialId, String mediaType) {
        return asAdmin().accept(mediaType).get("/v1/credentials/" + credentialId)
                .then().statusCode(200).contentType(mediaType).extract().asString();
    }

    RequestSpecification asAdmin() {
        return given().baseUri(stack.baseUrl("issuance")).auth().oauth2(admin).contentType(ContentType.JSON);
    }

    static String newLearnerEmail() {
        return "learner." + UUID.randomUUID() + "@student.example";
    }

    /** A wallet request as the learner who signs in with {@code email} (verified by the token issuer). */
    static RequestSpecification asLearner(LocalStack stack, String email) {
        return asLearner(stack, email, "wallet");
    }

    /** A request to {@code service} as the learner who signs in with {@code email}. */
    static RequestSpecification asLearner(LocalStack stack, String email, String service) {
        String token = stack.token("learner-" + email, Set.of("learner"), null, email);
        return given().baseUri(stack.baseUrl(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A recognition request as a member of the institution's staff with {@code role}, token subject {@code subject}. */
    RequestSpecification atRecognition(String subject, String role) {
        return given().baseUri(stack.baseUrl("recognition")).auth().oauth2(stack.token(subject, Set.of(role), id, null))
                .contentType(ContentType.JSON);
    }

    private static Map<String, Object> microCredential() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", ACHIEVEMENT_NAME);
        body.put("description", "Reading, questioning and presenting data in policy work.");
        body.put("criteria", "Pass the final assessment with at least 60%.");
        body.put("achievementType", "MicroCredential");
        body.put("learningOutcomes", List.of("Interpret descriptive statistics in policy documents"));
        body.put("creditsAvailable", 3.5);
        body.put("workloadHours", 90);
        body.put("eqfLevel", 5);
        body.put("skills", List.of(Map.of("uri",
                "http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11", "escoVersion", "v1.2.0",
                "label", "analyse data")));
        body.put("assessmentType", "Supervised online written exam");
        body.put("formOfParticipation", "online");
        body.put("qualityAssurance", "Internal QA under the institution's NVAO accreditation");
        body.put("validity", "P2Y");
        // suspendable: the credential carries two status entries (an array, D21), which must verify end to end
        body.put("suspensionAllowed", true);
        return body;
    }
}
