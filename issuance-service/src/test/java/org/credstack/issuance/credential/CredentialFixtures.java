package org.credstack.issuance.credential;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credstack.devstack.Devstack;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolver;
import org.credstack.vc.multiformats.Multikey;

/** An issuer with a published achievement, tokens, and the issuer's keys as a verifier would resolve them. */
final class CredentialFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ESCO = "http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11";

    private CredentialFixtures() {
    }

    static String registerIssuer() {
        String operator = Devstack.tokens().mint("ops", Set.of("operator"), null, null);
        return given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", "Demo University", "url", "https://demo.example",
                        "email", "registrar@demo.example", "country", "NL"))
                .post("/v1/issuers").then().statusCode(201).extract().path("id");
    }

    static String token(String tenant, String role) {
        return Devstack.tokens().mint(role + "-user", Set.of(role), tenant, null);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> achievement(boolean suspensionAllowed) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Data Literacy for Public Servants");
        body.put("description", "Reading, questioning and presenting data in policy work.");
        body.put("criteria", "Pass the final assessment with at least 60%.");
        body.put("achievementType", "MicroCredential");
        body.put("learningOutcomes", List.of("Interpret descriptive statistics in policy documents"));
        body.put("creditsAvailable", 3.5);
        body.put("workloadHours", 90);
        body.put("eqfLevel", 5);
        body.put("skills", List.of(Map.of("uri", ESCO, "escoVersion", "v1.2.0", "label", "analyse data")));
        body.put("assessmentType", "Supervised online written exam");
        body.put("formOfParticipation", "online");
        body.put("qualityAssurance", "Internal QA under the institution's NVAO accreditation");
        body.put("validity", "P2Y");
        body.put("suspensionAllowed", suspensionAllowed);
        return body;
    }

    static String draft(String admin, boolean suspensionAllowed) {
        return as(admin).body(achievement(suspensionAllowed)).post("/v1/achievements")
                .then().statusCode(201).extract().path("id");
    }

    static String published(String admin, boolean suspensionAllowed) {
        String id = draft(admin, suspensionAllowed);
        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static Map<String, Object> issueBody(String achievementId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("achievementId", achievementId);
        body.put("recipient", Map.of("email", email, "learnerId", "s1234567", "displayName", "Ada Lovelace"));
        return body;
    }

    static ObjectNode parse(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    static ObjectNode didDocument(String issuerId) throws Exception {
        return parse(given().get("/issuers/" + issuerId + "/did.json").then().statusCode(200).extract().asString());
    }

    /** The Ed25519 keys of the issuer's DID document, resolved from their Multikey encoding. */
    static KeyResolver keysOf(ObjectNode didDocument) {
        Map<String, Ed25519PublicKey> keys = new HashMap<>();
        for (JsonNode method : didDocument.get("verificationMethod")) {
            if (method.has("publicKeyMultibase")) {
                keys.put(method.get("id").asText(),
                        Multikey.decodePublicKey(method.get("publicKeyMultibase").asText()));
            }
        }
        return KeyResolver.of(keys);
    }

    /** The path of a URL on this service (the public base URL's host may differ from the test's). */
    static String path(String url) {
        return URI.create(url).getPath();
    }
}
