package org.credstack.issuance.credential;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.credstack.issuance.achievement.AchievementFixtures;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolver;
import org.credstack.vc.multiformats.Multikey;
import org.credstack.vc.ob.StatusListCredentials;

/** An issuer with a published achievement, tokens, and the issuer's keys as a verifier would resolve them. */
public final class CredentialFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private CredentialFixtures() {
    }

    static String registerIssuer() {
        return AchievementFixtures.registerIssuer();
    }

    static String token(String tenant, String role) {
        return AchievementFixtures.token(tenant, role);
    }

    static RequestSpecification as(String token) {
        return AchievementFixtures.as(token);
    }

    static Map<String, Object> achievement(boolean suspensionAllowed) {
        Map<String, Object> body = AchievementFixtures.microCredential();
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

    public static ObjectNode parse(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    public static ObjectNode didDocument(String issuerId) throws Exception {
        return parse(given().get("/issuers/" + issuerId + "/did.json").then().statusCode(200).extract().asString());
    }

    /** The Ed25519 keys of the issuer's DID document, resolved from their Multikey encoding. */
    public static KeyResolver keysOf(ObjectNode didDocument) {
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

    /** The bit of a credential's status entry in the list as this service serves it now. */
    public static boolean statusBit(JsonNode entry) throws Exception {
        ObjectNode list = parse(given().get(path(entry.get("statusListCredential").asText()))
                .then().statusCode(200).extract().asString());
        return StatusListCredentials.list(list).get(Integer.parseInt(entry.get("statusListIndex").asText()));
    }
}
