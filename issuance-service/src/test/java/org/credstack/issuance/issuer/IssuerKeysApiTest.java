package org.credstack.issuance.issuer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.Service;
import org.credstack.issuance.key.Ed25519SigningKey;
import org.credstack.issuance.key.IssuerSigningKeys;
import org.credstack.issuance.key.RsaSigningKey;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.vc.multiformats.Multibase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class IssuerKeysApiTest {

    @Inject
    IssuerSigningKeys signingKeys;

    @Test
    void a_registered_issuer_has_a_did_document_with_both_keys_in_assertion_method() {
        JsonPath issuer = JsonPath.from(register());
        String id = issuer.getString("id");
        String did = issuer.getString("did");

        JsonPath doc = didDocument(id);
        assertThat(doc.getString("id")).isEqualTo(did);
        assertThat(doc.getList("@context")).containsExactly("https://www.w3.org/ns/did/v1",
                "https://w3id.org/security/multikey/v1", "https://w3id.org/security/suites/jws-2020/v1");
        assertThat(doc.getList("verificationMethod.id")).containsExactly(did + "#key-1", did + "#rsa-1");
        assertThat(doc.getList("assertionMethod")).containsExactly(did + "#key-1", did + "#rsa-1");
        assertThat(doc.getList("verificationMethod.controller")).containsOnly(did);
        assertThat(doc.getString("verificationMethod[0].type")).isEqualTo("Multikey");
        assertThat(doc.getString("verificationMethod[0].publicKeyMultibase")).startsWith("z6Mk");
        assertThat(doc.getString("verificationMethod[1].type")).isEqualTo("JsonWebKey");
        assertThat(doc.getMap("verificationMethod[1].publicKeyJwk")).containsEntry("kty", "RSA")
                .containsEntry("alg", "RS256").containsEntry("kid", did + "#rsa-1").containsKeys("n", "e")
                .doesNotContainKeys("d", "p", "q");
    }

    @Test
    void the_did_document_is_public_cacheable_did_json_and_json_on_request() {
        String id = JsonPath.from(register()).getString("id");

        given().get("/issuers/" + id + "/did.json").then().statusCode(200)
                .contentType("application/did+json").header("Cache-Control", "max-age=300");
        given().accept(ContentType.JSON).get("/issuers/" + id + "/did.json").then().statusCode(200)
                .contentType(ContentType.JSON).body("id", equalTo(JsonPath.from(read(id)).getString("did")));
        given().get("/issuers/no-such-issuer/did.json").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rotation_adds_a_new_key_pair_and_keeps_the_retired_keys_in_assertion_method() {
        JsonPath issuer = JsonPath.from(register());
        String id = issuer.getString("id");
        String did = issuer.getString("did");

        given().auth().oauth2(operator()).post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(200)
                .body("keys", hasSize(4))
                .body("keys.find { it.id == '" + did + "#key-1' }.status", equalTo("RETIRED"))
                .body("keys.find { it.id == '" + did + "#rsa-1' }.status", equalTo("RETIRED"))
                .body("keys.find { it.id == '" + did + "#key-2' }.status", equalTo("ACTIVE"))
                .body("keys.find { it.id == '" + did + "#rsa-2' }.status", equalTo("ACTIVE"));

        JsonPath doc = didDocument(id);
        List<String> all = List.of(did + "#key-1", did + "#rsa-1", did + "#key-2", did + "#rsa-2");
        assertThat(doc.getList("verificationMethod.id", String.class)).containsExactlyElementsOf(all);
        assertThat(doc.getList("assertionMethod", String.class)).containsExactlyElementsOf(all);
        assertThat(signingKeys.activeEd25519(id).verificationMethod()).isEqualTo(did + "#key-2");
        assertThat(signingKeys.activeRsa(id).kid()).isEqualTo(did + "#rsa-2");
    }

    @Test
    void the_active_keys_sign_and_the_public_keys_in_the_did_document_verify() throws Exception {
        String id = JsonPath.from(register()).getString("id");
        given().auth().oauth2(operator()).post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(200);
        byte[] message = "an OpenBadgeCredential".getBytes(StandardCharsets.UTF_8);
        JsonPath doc = didDocument(id);

        Ed25519SigningKey ed = signingKeys.activeEd25519(id);
        byte[] edSignature = ed.privateKey().sign(message);
        String multibase = doc.getString("verificationMethod.find { it.id == '" + ed.verificationMethod()
                + "' }.publicKeyMultibase");
        Signature edVerifier = Signature.getInstance("Ed25519");
        edVerifier.initVerify(ed25519PublicKey(multibase));
        edVerifier.update(message);
        assertThat(edVerifier.verify(edSignature)).isTrue();

        RsaSigningKey rsa = signingKeys.activeRsa(id);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(rsa.privateKey());
        signer.update(message);
        byte[] rsaSignature = signer.sign();
        Map<String, String> jwk = doc.getMap("verificationMethod.find { it.id == '" + rsa.kid() + "' }.publicKeyJwk");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(rsaPublicKey(jwk));
        verifier.update(message);
        assertThat(verifier.verify(rsaSignature)).isTrue();
    }

    @Test
    void an_issuer_admin_rotates_only_their_own_issuers_keys() {
        String id = JsonPath.from(register()).getString("id");
        String other = Devstack.tokens().mint("admin", Set.of("issuer-admin"), UUID.randomUUID().toString(), null);
        String own = Devstack.tokens().mint("admin", Set.of("issuer-admin"), id, null);
        String staff = Devstack.tokens().mint("staff", Set.of("issuer-staff"), id, null);

        given().auth().oauth2(other).post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(staff).post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(403);
        given().post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(401);
        assertThat(didDocument(id).getList("verificationMethod")).hasSize(2);

        given().auth().oauth2(own).post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(200);
        assertThat(didDocument(id).getList("verificationMethod")).hasSize(4);
        given().auth().oauth2(operator()).post("/v1/issuers/no-such-issuer/keys/rotate").then().statusCode(404);
    }

    @Test
    void a_retried_rotation_with_the_same_idempotency_key_rotates_once() {
        String id = JsonPath.from(register()).getString("id");
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(operator()).header("Idempotency-Key", key)
                .post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(200).extract().asString();
        given().auth().oauth2(operator()).header("Idempotency-Key", key)
                .post("/v1/issuers/" + id + "/keys/rotate").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body(equalTo(first));

        assertThat(didDocument(id).getList("verificationMethod")).hasSize(4);
    }

    @Test
    void no_private_key_material_reaches_events_or_responses() throws Exception {
        List<String> bodies = new ArrayList<>();
        String registered = register();
        bodies.add(registered);
        String id = JsonPath.from(registered).getString("id");
        List<String> secrets = new ArrayList<>(encodings(signingKeys.activeEd25519(id), signingKeys.activeRsa(id)));
        bodies.add(given().auth().oauth2(operator()).post("/v1/issuers/" + id + "/keys/rotate")
                .then().statusCode(200).extract().asString());
        secrets.addAll(encodings(signingKeys.activeEd25519(id), signingKeys.activeRsa(id)));
        bodies.add(given().auth().oauth2(operator()).get("/v1/issuers/" + id).then().statusCode(200)
                .extract().asString());
        bodies.add(given().get("/issuers/" + id + "/did.json").then().statusCode(200).extract().asString());

        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(60)).until(
                () -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> id.equals(r.key())).toList(),
                records -> records.size() == 3);
        List<String> published = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : events) {
            published.add(new String(record.value(), StandardCharsets.UTF_8));
            for (Header header : record.headers()) {
                published.add(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        assertThat(String.join("\n", published)).contains("#key-2", "#rsa-2");

        for (String secret : secrets) {
            assertThat(bodies).noneMatch(body -> body.contains(secret));
            assertThat(published).noneMatch(text -> text.contains(secret));
        }
    }

    /** The ways a private key could leak: raw encodings of the Ed25519 seed and the RSA key and its parts. */
    private static List<String> encodings(Ed25519SigningKey ed, RsaSigningKey rsa) {
        byte[] seed = ed.privateKey().seed();
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) rsa.privateKey();
        List<String> out = new ArrayList<>(List.of(Base64.getEncoder().encodeToString(seed),
                Base64.getUrlEncoder().withoutPadding().encodeToString(seed), HexFormat.of().formatHex(seed),
                Multibase.encodeBase58Btc(concat(new byte[] {(byte) 0x80, 0x26}, seed)), // Multikey ed25519-priv
                Base64.getEncoder().encodeToString(rsa.privateKey().getEncoded()).substring(0, 64)));
        for (BigInteger part : List.of(crt.getPrivateExponent(), crt.getPrimeP(), crt.getPrimeQ())) {
            out.add(base64Url(part).substring(0, 43));
            out.add(Base64.getEncoder().encodeToString(part.toByteArray()).substring(0, 43));
        }
        return out;
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Verified by the JDK's own EdDSA, independently of the library that signed: raw key in X.509 form. */
    private static PublicKey ed25519PublicKey(String publicKeyMultibase) throws Exception {
        byte[] multikey = Multibase.decode(publicKeyMultibase, Multibase.BASE58BTC);
        assertThat(multikey).hasSize(34).startsWith((byte) 0xed, (byte) 0x01);
        byte[] spki = concat(HexFormat.of().parseHex("302a300506032b6570032100"),
                Arrays.copyOfRange(multikey, 2, 34));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static PublicKey rsaPublicKey(Map<String, String> jwk) throws Exception {
        Base64.Decoder d = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, d.decode(jwk.get("n"))), new BigInteger(1, d.decode(jwk.get("e")))));
    }

    private static JsonPath didDocument(String id) {
        return JsonPath.from(given().accept(ContentType.JSON).get("/issuers/" + id + "/did.json")
                .then().statusCode(200).extract().asString());
    }

    private static String register() {
        return given().auth().oauth2(operator()).contentType(ContentType.JSON).body(IssuerApiTest.DEMO)
                .post("/v1/issuers").then().statusCode(201).extract().asString();
    }

    /** The issuer as its operator reads it. */
    private static String read(String id) {
        return given().auth().oauth2(operator()).get("/v1/issuers/" + id).then().statusCode(200).extract()
                .asString();
    }

    private static String operator() {
        return Devstack.tokens().mint("ops", Set.of("operator"), null, null);
    }
}
