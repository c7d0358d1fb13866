package org.credstack.issuance.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credstack.issuance.credential.CredentialFixtures.as;
import static org.credstack.issuance.credential.CredentialFixtures.issueBody;
import static org.credstack.issuance.credential.CredentialFixtures.parse;
import static org.credstack.issuance.credential.CredentialFixtures.path;
import static org.credstack.issuance.credential.CredentialFixtures.published;
import static org.credstack.issuance.credential.CredentialFixtures.registerIssuer;
import static org.credstack.issuance.credential.CredentialFixtures.token;

import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.vc.Verifiable;
import com.apicatalog.vc.integrity.DataIntegrityProof;
import com.apicatalog.vc.proof.Proof;
import com.apicatalog.vc.verifier.Verifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/**
 * Issued credentials checked by implementations other than credstack's: the Data Integrity proof
 * ({@code eddsa-rdfc-2022}) by Iron VC (proof handling, multibase / Multikey decoding, the setl URDNA2015
 * canonicalization and the JDK's Ed25519, where credstack uses titanium-rdfc and Bouncy Castle; only the JSON-LD
 * processor, titanium-json-ld, is shared), the VC-JWT by Nimbus JOSE+JWT. Keys come from the issuer's did:web
 * document, resolved over loopback HTTP from the running service; JSON-LD contexts come from the bundled context files
 * only, never from the network.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class IndependentVerificationTest {

    private static final String SECURITY = "https://w3id.org/security#";

    @Test
    void issued_credential_verifies_with_an_independent_implementation() throws Throwable {
        Issued issued = issue(false);

        Verifiable verified = verifier().verify(issued.jsonLd());

        assertThat(verified.isCredential()).isTrue();
        assertThat(verified.id()).hasToString(issued.credential().get("id").asText());
        assertThat(verified.version()).hasToString("V20");
        assertThat(verified.proofs()).hasSize(1);
        Proof proof = verified.proofs().iterator().next();
        assertThat(proof).isInstanceOf(DataIntegrityProof.class);
        assertThat(proof.method().id().toString()).startsWith(issued.did() + "#");
        assertThat(((DataIntegrityProof) proof).getPurpose()).hasToString(SECURITY + "assertionMethod");
        assertThat(issued.credential().get("credentialStatus").isObject()).as("a revocation entry only").isTrue();
    }

    @Test
    void a_tampered_credential_fails_independent_verification() throws Throwable {
        Issued issued = issue(false);
        Verifier verifier = verifier();
        List<Consumer<ObjectNode>> tamperings = List.of(
                c -> ((ObjectNode) c.at("/credentialSubject/achievement")).put("name", "Data Literacy (Honours)"),
                c -> ((ObjectNode) c.at("/credentialSubject/identifier/0")).put("identityHash",
                        "sha256$" + "0".repeat(64)),
                c -> ((ObjectNode) c.get("issuer")).put("name", "Another University"),
                c -> c.put("validUntil", "2099-01-01T00:00:00Z"),
                c -> ((ObjectNode) c.get("proof")).put("created", "2020-01-01T00:00:00Z"));

        for (Consumer<ObjectNode> tampering : tamperings) {
            ObjectNode tampered = issued.credential().deepCopy();
            tampering.accept(tampered);
            assertThat(tampered).isNotEqualTo(issued.credential());
            assertThatThrownBy(() -> verifier.verify(toJsonP(tampered)))
                    .as("tampered: %s", tampered)
                    .isInstanceOfSatisfying(VerificationError.class,
                            e -> assertThat(e.getCode()).isEqualTo(VerificationError.Code.InvalidSignature));
        }
        // the untouched credential still verifies with the same verifier
        verifier.verify(issued.jsonLd());
    }

    @Test
    void a_credential_with_a_suspension_entry_verifies_with_an_independent_implementation() throws Throwable {
        Issued issued = issue(true);
        JsonNode status = issued.credential().get("credentialStatus");
        assertThat(status.isArray()).isTrue();
        assertThat(status).extracting(s -> s.get("statusPurpose").asText())
                .containsExactly("revocation", "suspension");

        Verifiable verified = verifier().verify(issued.jsonLd());

        assertThat(verified.id()).hasToString(issued.credential().get("id").asText());
        ObjectNode tampered = issued.credential().deepCopy();
        ((ObjectNode) tampered.get("credentialStatus").get(1)).put("statusListIndex", "0");
        assertThatThrownBy(() -> verifier().verify(toJsonP(tampered))).isInstanceOf(VerificationError.class);
    }

    @Test
    void the_status_lists_verify_independently_with_the_credentials_bits_clear() throws Throwable {
        Issued issued = issue(true);
        Verifier verifier = verifier();
        for (JsonNode entry : issued.credential().get("credentialStatus")) {
            assertThat(entry.get("type").asText()).isEqualTo("BitstringStatusListEntry");
            String url = entry.get("statusListCredential").asText();
            String served = RestAssured.given().accept("application/vc+ld+json").get(path(url))
                    .then().statusCode(200).extract().asString();
            ObjectNode list = parse(served);

            Verifiable verified = verifier.verify(toJsonP(list));

            assertThat(verified.id()).hasToString(url);
            assertThat(list.get("issuer").asText()).isEqualTo(issued.did());
            assertThat(list.at("/credentialSubject/statusPurpose").asText())
                    .isEqualTo(entry.get("statusPurpose").asText());
            byte[] bits = bitstring(list.at("/credentialSubject/encodedList").asText());
            assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
            int index = Integer.parseInt(entry.get("statusListIndex").asText());
            assertThat(bit(bits, index)).as("bit %d of %s", index, url).isFalse();
        }
    }

    @Test
    void the_vc_jwt_verifies_with_an_independent_jose_library_and_carries_the_ob_claims() throws Exception {
        Issued issued = issue(false);
        SignedJWT jwt = SignedJWT.parse(issued.jwt());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).as("OB 3.0: typ, if present, is JWT").isEqualTo(JOSEObjectType.JWT);
        String kid = jwt.getHeader().getKeyID();
        assertThat(kid).startsWith(issued.did() + "#");
        assertThat(jwt.verify(new RSASSAVerifier(rsaKey(kid)))).isTrue();

        ObjectNode credential = issued.credential();
        String id = credential.get("id").asText();
        Instant validFrom = Instant.parse(credential.get("validFrom").asText());
        Instant validUntil = Instant.parse(credential.get("validUntil").asText());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        // OB 3.0 VC-JWT: iss the issuer, jti the credential id, sub (credstack names the credential: its subject
        // has no id), nbf validFrom, exp validUntil; checked against the clock by Nimbus itself.
        new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issued.did()).jwtID(id).subject(id).build(),
                Set.of("iss", "jti", "sub", "nbf", "exp", "iat")).verify(claims, null);
        assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(validFrom));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(validUntil));

        ObjectNode payload = parse(jwt.getPayload().toString());
        for (String claim : List.of("iss", "jti", "sub", "nbf", "exp", "iat")) {
            payload.remove(claim);
        }
        assertThat(payload).as("the payload is the Data Integrity credential").isEqualTo(credential);
    }

    @Test
    void a_tampered_vc_jwt_fails_independent_verification() throws Exception {
        Issued issued = issue(false);
        String[] parts = issued.jwt().split("\\.");
        RSASSAVerifier verifier = new RSASSAVerifier(rsaKey(SignedJWT.parse(issued.jwt()).getHeader().getKeyID()));

        List<String> tampered = new ArrayList<>();
        for (Consumer<ObjectNode> tampering : List.<Consumer<ObjectNode>>of(
                p -> ((ObjectNode) p.at("/credentialSubject/achievement")).put("name", "Data Literacy (Honours)"),
                p -> ((ObjectNode) p.at("/credentialSubject/identifier/0")).set("identityHash",
                        TextNode.valueOf("sha256$" + "0".repeat(64))),
                p -> p.put("exp", p.get("exp").asLong() + 365L * 24 * 3600))) {
            ObjectNode payload = parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            tampering.accept(payload);
            tampered.add(parts[0] + "." + base64Url(payload.toString()) + "." + parts[2]);
        }
        // another genuine credential's payload under this JWT's header and signature
        Issued other = issue(false);
        tampered.add(parts[0] + "." + other.jwt().split("\\.")[1] + "." + parts[2]);

        for (String jwt : tampered) {
            assertThat(SignedJWT.parse(jwt).verify(verifier)).as(jwt).isFalse();
        }
        assertThat(SignedJWT.parse(issued.jwt()).verify(verifier)).isTrue();
        // the untouched JWT under the key of another issuer's DID document
        RSASSAVerifier othersKey = new RSASSAVerifier(rsaKey(SignedJWT.parse(other.jwt()).getHeader().getKeyID()));
        assertThat(SignedJWT.parse(issued.jwt()).verify(othersKey)).isFalse();

        SignedJWT expired = SignedJWT.parse(issued.jwt());
        Date afterExpiry = Date.from(Instant.parse(issued.credential().get("validUntil").asText()).plusSeconds(3600));
        DefaultJWTClaimsVerifier<?> later = new DefaultJWTClaimsVerifier<>(null, Set.of("exp")) {
            @Override
            public Date currentTime() {
                return afterExpiry;
            }
        };
        assertThatThrownBy(() -> later.verify(expired.getJWTClaimsSet(), null)).isInstanceOf(BadJWTException.class);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A credential as served: the Data Integrity form, the VC-JWT, and the issuer's DID. */
    private record Issued(ObjectNode credential, String jwt, String did) {

        JsonObject jsonLd() {
            return toJsonP(credential);
        }
    }

    private static Issued issue(boolean suspensionAllowed) throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, suspensionAllowed);
        String email = "ada." + UUID.randomUUID() + "@student.example";
        String id = parse(as(token(issuer, "issuer-staff")).body(issueBody(achievement, email))
                .post("/v1/credentials").then().statusCode(201).extract().asString())
                .get("id").asText().substring("urn:uuid:".length());
        ObjectNode credential = parse(as(admin).accept("application/vc+ld+json").get("/v1/credentials/" + id)
                .then().statusCode(200).contentType("application/vc+ld+json").extract().asString());
        String jwt = as(admin).accept("application/vc+jwt").get("/v1/credentials/" + id)
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        return new Issued(credential, jwt, credential.at("/issuer/id").asText());
    }

    private static LoopbackDidWebResolver resolver() {
        return new LoopbackDidWebResolver(URI.create("http://localhost:" + RestAssured.port));
    }

    /**
     * Iron's verifier with the eddsa-rdfc-2022 suite, the bundled contexts only, and the loopback did:web resolver
     * as its only method resolver. Iron 0.14.0's default status validator throws on every present
     * {@code credentialStatus} (it falls through to its final throw), so none is set: status is checked by fetching
     * the lists.
     */
    private static Verifier verifier() {
        BundledContextLoader loader = new BundledContextLoader();
        return Verifier.with(new EdDSASignature2022())
                .loader(loader)
                .useBundledContexts(false)
                .methodResolvers(List.of(resolver().forIron(loader)))
                .statusValidator(null);
    }

    /** The RSA public key of a DID URL, from the publicKeyJwk of an assertion method of the issuer's DID document. */
    private static RSAKey rsaKey(String kid) throws Exception {
        JsonObject method = resolver().assertionMethod(kid)
                .orElseThrow(() -> new AssertionError(kid + " is not an assertion method of its DID document"));
        JWK jwk = JWK.parse(method.getJsonObject("publicKeyJwk").toString());
        assertThat(jwk.isPrivate()).isFalse();
        return jwk.toRSAKey();
    }

    private static JsonObject toJsonP(JsonNode json) {
        return Json.createReader(new StringReader(json.toString())).readObject();
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bitstring Status List: a multibase base64url ('u', no padding) of the GZIP-compressed bitstring. */
    private static byte[] bitstring(String encodedList) throws IOException {
        assertThat(encodedList).startsWith("u");
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    /** Bit 0 is the most significant bit of the first byte (Bitstring Status List 1.0). */
    private static boolean bit(byte[] bits, int index) {
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
