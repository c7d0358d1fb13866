package org.credstack.wallet.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.testing.SignedCredentials;
import org.junit.jupiter.api.Test;

/**
 * POST /v1/verify over REST, without a token. Keys: the 1EdTech example's https key URL is pinned in the test
 * profile (%test.credstack.verification.pinned-keys); the other credentials are issued by a did:key and signed here.
 * Outbound fetches go to a loopback server only.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class VerifyResourceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Ed25519PrivateKey ISSUER = Ed25519PrivateKey.generate();

    @Test
    void a_valid_fixture_posted_as_json_is_verified_with_each_check() {
        verify("application/json", fixture().toString())
                .statusCode(200).contentType("application/json")
                .body("verified", equalTo(true)).body("outcome", equalTo("VALID"))
                .body("format", equalTo("data-integrity"))
                .body("issuer", equalTo("https://example.com/issuers/876543"))
                .body("checks.name", hasItems("data-model", "signature", "issuer-key", "issuer-known", "validity",
                        "status", "schema"))
                .body("checks.find { it.name == 'signature' }.status", equalTo("PASSED"))
                .body("checks.find { it.name == 'issuer-known' }.status", equalTo("WARNING"));
    }

    @Test
    void a_forged_proof_fails_the_signature() {
        ObjectNode forged = fixture();
        ((ObjectNode) forged.at("/credentialSubject/achievement")).put("name", "Leadership");

        verify("application/json", forged.toString())
                .statusCode(200)
                .body("verified", equalTo(false)).body("outcome", equalTo("INVALID"))
                .body("checks.find { it.name == 'signature' }.status", equalTo("FAILED"))
                .body("checks.find { it.name == 'signature' }.detail", containsString("signature does not match"));
    }

    @Test
    void a_credential_of_an_issuer_registered_on_credstack_is_known() {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.publish(new IssuerRegistered(id, DidKey.did(ISSUER.publicKey()), "Open Polytechnic",
                "https://open.example", "office@open.example", "NZ", "NZQA", List.of()), id, 0);
        String signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(ISSUER), ISSUER).toString();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> verify("application/json", signed)
                .statusCode(200).body("verified", equalTo(true))
                .body("checks.find { it.name == 'issuer-known' }.status", equalTo("PASSED")));
    }

    @Test
    void a_vc_jwt_verifies_as_text_and_wrapped_in_json() {
        String jwt = SignedCredentials.jwt(SignedCredentials.unsigned(ISSUER), ISSUER);

        verify("application/vc+jwt", jwt).statusCode(200)
                .body("verified", equalTo(true)).body("format", equalTo("vc-jwt"));
        verify("application/jwt", jwt).statusCode(200).body("verified", equalTo(true));
        verify("application/json", "{\"jwt\": \"" + jwt + "\"}").statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void alg_none_and_hs256_are_rejected_by_name() {
        String jwt = SignedCredentials.jwt(SignedCredentials.unsigned(ISSUER), ISSUER);
        for (String alg : new String[] {"none", "HS256"}) {
            verify("application/vc+jwt", SignedCredentials.withAlg(jwt, alg))
                    .statusCode(200)
                    .body("verified", equalTo(false))
                    .body("checks.find { it.name == 'signature' }.status", equalTo("FAILED"))
                    .body("checks.find { it.name == 'signature' }.detail", containsString("alg '" + alg + "'"));
        }
    }

    @Test
    void garbage_and_truncated_json_are_400_problems() {
        String whole = fixture().toString();
        for (String body : new String[] {"}{ garbage", whole.substring(0, whole.length() / 2), "[1, 2]", "",
                "{\"url\": 42}"}) {
            verify("application/json", body).statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
    }

    @Test
    void a_wrong_content_type_is_415() {
        verify("text/plain", "hello").statusCode(415).contentType("application/problem+json");
    }

    @Test
    void an_oversized_body_is_a_413_problem() throws IOException {
        String padded = "{\"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        verify("application/json", padded).statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));

        // 50 MB announced: refused from the header alone, before the body is sent (a raw socket, because an HTTP
        // client would insist on sending all of it into a closed connection)
        String head = "POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + 50 * 1024 * 1024 + "\r\n\r\n{\"padding\": \"";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("\"status\":413");
        }
    }

    @Test
    void a_credential_url_on_an_allowed_host_is_fetched_and_one_elsewhere_is_refused() throws IOException {
        byte[] signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(ISSUER), ISSUER).toString()
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/credentials/1", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, signed.length);
            exchange.getResponseBody().write(signed);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/credentials/1";
            verify("application/json", "{\"url\": \"" + url + "\"}").statusCode(200).body("verified", equalTo(true));
        } finally {
            server.stop(0);
        }
        verify("application/json", "{\"url\": \"https://example.com/credentials/1\"}")
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not on the outbound allow-list"));
    }

    @Test
    void the_endpoint_is_documented_with_its_input_forms() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/v1/verify'.post.requestBody.content.'application/json'.examples.keySet()",
                        hasItems("credential with embedded proof", "VC-JWT", "credential URL"))
                .body("paths.'/v1/verify'.post.responses.keySet()", hasItems("200", "400", "413", "415", "429"));
    }

    private static ValidatableResponse verify(String contentType, String body) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/v1/verify").then();
    }

    private static ObjectNode fixture() {
        try (InputStream in = VerifyResourceTest.class.getResourceAsStream("/ob30/simple.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
