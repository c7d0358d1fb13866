package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenIssuerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static DevTokenIssuer issuer;

    @BeforeAll
    static void start() {
        issuer = new DevTokenIssuer().start();
    }

    @AfterAll
    static void stop() {
        issuer.stop();
    }

    @Test
    void mintedTokenVerifiesWithTheJwksKeyAndCarriesTheClaims() throws Exception {
        HttpResponse<String> response = post("{\"subject\":\"alice\",\"roles\":[\"issuer-admin\",\"assessor\"],"
                + "\"tenant\":\"demo-university\",\"email\":\"alice@example.org\",\"ttlSeconds\":600}");
        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals(600, body.get("expires_in").asLong());
        String token = body.get("access_token").asText();

        JsonNode claims = verify(token);
        assertEquals(issuer.issuer(), claims.get("iss").asText());
        assertTrue(issuer.issuer().matches("http://127\\.0\\.0\\.1:\\d+/realms/credstack-dev"));
        assertEquals("alice", claims.get("sub").asText());
        assertEquals("alice", claims.get("preferred_username").asText());
        assertEquals("credstack", claims.get("aud").asText());
        assertEquals(Set.of("issuer-admin", "assessor"),
                Set.of(claims.get("groups").get(0).asText(), claims.get("groups").get(1).asText()));
        assertEquals("demo-university", claims.get("tenant").asText());
        assertEquals("alice@example.org", claims.get("email").asText());
        assertTrue(claims.get("email_verified").asBoolean());
        assertEquals(600, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(Math.abs(claims.get("iat").asLong() - Instant.now().getEpochSecond()) < 60);
        assertNotNull(claims.get("jti"));
    }

    @Test
    void javaApiAndDefaults() throws Exception {
        JsonNode claims = verify(issuer.mint("bob", Set.of("learner"), null, "learner@example.org"));
        assertEquals("bob", claims.get("sub").asText());
        assertEquals("learner", claims.get("groups").get(0).asText());
        assertFalse(claims.has("tenant"));

        HttpResponse<String> empty = post("");
        assertEquals(200, empty.statusCode());
        JsonNode defaults = verify(JSON.readTree(empty.body()).get("access_token").asText());
        assertEquals(DevTokenIssuer.DEFAULT_SUBJECT, defaults.get("sub").asText());
        assertEquals(3600, defaults.get("exp").asLong() - defaults.get("iat").asLong());
        assertFalse(defaults.has("email"));

        assertThrows(IllegalArgumentException.class, () -> issuer.mint("x", Set.of("root"), null, null));
    }

    @Test
    void badBodiesAreProblems() throws Exception {
        for (String body : new String[] {"{not json", "[1,2]", "{\"roles\":\"operator\"}", "{\"roles\":[\"root\"]}",
                "{\"ttlSeconds\":\"soon\"}", "{\"ttlSeconds\":0}", "{\"role\":[\"operator\"]}", "{\"subject\":42}"}) {
            HttpResponse<String> response = post(body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            JsonNode problem = JSON.readTree(response.body());
            assertEquals(400, problem.get("status").asInt());
            assertEquals("Bad Request", problem.get("title").asText());
            assertFalse(problem.get("detail").asText().isBlank());
        }
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/nope"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void discoveryDocumentPointsAtTheJwks() throws Exception {
        JsonNode doc = getJson(issuer.baseUrl() + "/.well-known/openid-configuration");
        assertEquals(issuer.issuer(), doc.get("issuer").asText());
        assertEquals(issuer.jwksUrl(), doc.get("jwks_uri").asText());
        JsonNode realmDoc = getJson(issuer.issuer() + "/.well-known/openid-configuration");
        assertEquals(issuer.issuer(), realmDoc.get("issuer").asText());
    }

    @Test
    void keyIsKeptInTheDataDirectory(@TempDir Path dir) throws Exception {
        DevTokenIssuer first = new DevTokenIssuer(0, dir).start();
        String token = first.mint("carol", Set.of("operator"), null, null);
        String kid = first.keyId();
        first.stop();
        DevTokenIssuer second = new DevTokenIssuer(0, dir).start();
        try {
            assertEquals(kid, second.keyId());
            assertEquals(first.publicKey().getModulus(), second.publicKey().getModulus());
            String[] parts = token.split("\\.");
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(second.publicKey());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));
        } finally {
            second.stop();
        }
    }

    /** Verifies the JWT with the key from the JWKS endpoint (fetched and parsed like a relying party would). */
    static JsonNode verify(String token) throws Exception {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Base64.Decoder b64 = Base64.getUrlDecoder();
        JsonNode header = JSON.readTree(b64.decode(parts[0]));
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());

        JsonNode jwks = getJson(issuer.jwksUrl());
        JsonNode key = null;
        for (JsonNode k : jwks.get("keys")) {
            if (k.get("kid").asText().equals(header.get("kid").asText())) {
                key = k;
            }
        }
        assertNotNull(key, "kid in JWKS");
        assertEquals("RSA", key.get("kty").asText());
        assertEquals("RS256", key.get("alg").asText());
        assertEquals("sig", key.get("use").asText());
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, b64.decode(key.get("n").asText())),
                new BigInteger(1, b64.decode(key.get("e").asText()))));
        assertEquals(2048, ((java.security.interfaces.RSAPublicKey) publicKey).getModulus().bitLength());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(b64.decode(parts[2])), "signature verifies");
        return JSON.readTree(b64.decode(parts[1]));
    }

    static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
