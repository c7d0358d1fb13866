package org.credstack.vc.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.VerificationResult.Check;
import org.credstack.vc.dataintegrity.VerificationResult.Status;
import org.credstack.vc.did.DidJwtKeyResolver;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.BundledContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VcJwtTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    static final String WEB_ISSUER = "did:web:university.example:issuers:acme";
    static final String RSA_KID = WEB_ISSUER + "#rsa-1";

    static KeyPair rsa;
    static KeyPair p256;
    static Ed25519PrivateKey ed25519 = Ed25519PrivateKey.generate();

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
        rsaGen.initialize(2048);
        rsa = rsaGen.generateKeyPair();
        KeyPairGenerator ecGen = KeyPairGenerator.getInstance("EC");
        ecGen.initialize(new ECGenParameterSpec("secp256r1"));
        p256 = ecGen.generateKeyPair();
    }

    /** A VC 2.0 OB 3.0 credential whose subject is an IdentityObject (no credentialSubject.id), like credstack's. */
    static ObjectNode credential(String issuer) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.putArray("@context").add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OB_V3P0_3_0_3);
        c.put("id", "urn:uuid:0b9e4a52-6f3c-4b59-9a0e-3f1f6d2c8a11");
        c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        c.putObject("issuer").put("id", issuer).put("name", "Acme University").putArray("type").add("Profile");
        c.put("validFrom", "2025-01-15T10:00:00Z");
        c.put("validUntil", "2030-01-15T10:00:00Z");
        ObjectNode subject = c.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        subject.putArray("identifier").addObject().put("type", "IdentityObject").put("hashed", true)
                .put("identityType", "emailAddress").put("identityHash", "sha256$5e8ff9bf55").put("salt", "c9b7");
        subject.putObject("achievement").put("id", "https://university.example/achievements/1").put("name", "Data")
                .putArray("type").add("Achievement");
        return c;
    }

    static JwtKeyResolver rsaResolver() {
        return JwtKeyResolver.of(Map.of(RSA_KID, JwtPublicKey.of(rsa.getPublic())));
    }

    static String b64(String json) {
        return Base64Url.encode(json.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(ObjectNode json) {
        return Base64Url.encode(JwtJson.bytes(json));
    }

    static Check check(JwtVerificationResult result, String name) {
        return result.check(name).orElseThrow(() -> new AssertionError("no check " + name + " in " + result));
    }

    static void assertFailed(JwtVerificationResult result, String name, String detailPart) {
        assertFalse(result.valid(), result.toString());
        Check check = check(result, name);
        assertEquals(Status.FAILED, check.status(), result.toString());
        assertTrue(check.detail().contains(detailPart), check + " should mention " + detailPart);
    }

    @Test
    void eddsaRoundTripWithDidKey() {
        String issuer = DidKey.did(ed25519.publicKey());
        ObjectNode credential = credential(issuer);
        String jwt = VcJwtSigner.sign(credential, JwtKey.eddsa(DidKey.verificationMethod(ed25519.publicKey()), ed25519),
                NOW);

        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(jwt, DidJwtKeyResolver.didKeyOnly());

        assertTrue(result.valid(), result.toString());
        assertFalse(result.legacy());
        assertEquals(credential, result.credential());
        assertEquals("EdDSA", result.header().get("alg").asText());
        assertEquals("JWT", result.header().get("typ").asText());
        assertTrue(result.errors().isEmpty());
    }

    @Test
    void rs256RoundTripAndRegisteredClaims() {
        ObjectNode credential = credential(WEB_ISSUER);
        String jwt = VcJwtSigner.sign(credential, JwtKey.rs256(RSA_KID, rsa.getPrivate()), NOW);
        ObjectNode payload = JwtJson.parseObject(Base64Url.decode(jwt.split("\\.")[1]));

        assertEquals(WEB_ISSUER, payload.get("iss").asText());
        assertEquals(credential.get("id").asText(), payload.get("jti").asText());
        assertEquals(credential.get("id").asText(), payload.get("sub").asText(), "no subject id: sub is the credential id");
        assertEquals(Instant.parse("2025-01-15T10:00:00Z").getEpochSecond(), payload.get("nbf").asLong());
        assertEquals(Instant.parse("2030-01-15T10:00:00Z").getEpochSecond(), payload.get("exp").asLong());
        assertEquals(NOW.instant().getEpochSecond(), payload.get("iat").asLong());

        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(jwt, rsaResolver());
        assertTrue(result.valid(), result.toString());
        assertEquals(credential, result.credential());
        assertEquals(Status.PASSED, check(result, "signature").status());
        assertEquals(Status.PASSED, check(result, "claims.nbf").status());
    }

    @Test
    void subIsTheSubjectIdWhenThereIsOne() {
        ObjectNode credential = credential(WEB_ISSUER);
        ((ObjectNode) credential.get("credentialSubject")).put("id", "did:example:learner");
        String jwt = VcJwtSigner.sign(credential, JwtKey.rs256(RSA_KID, rsa.getPrivate()), NOW);
        assertEquals("did:example:learner",
                JwtJson.parseObject(Base64Url.decode(jwt.split("\\.")[1])).get("sub").asText());
        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(jwt, rsaResolver());
        assertTrue(result.valid(), result.toString());
        assertEquals(Status.PASSED, check(result, "claims.sub").status());
    }

    @Test
    void es256VerifiesAfterDerToJoseConversion() throws Exception {
        String kid = WEB_ISSUER + "#p256-1";
        ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", "ES256").put("typ", "vc+jwt")
                .put("kid", kid);
        String input = b64(header) + "." + b64(VcJwtSigner.payload(credential(WEB_ISSUER), NOW));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(p256.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        byte[] der = signer.sign();
        byte[] jose = EcdsaSignatures.derToJose(der, 32);
        assertEquals(64, jose.length);
        JwtKeyResolver resolver = JwtKeyResolver.of(Map.of(kid, JwtPublicKey.of(p256.getPublic())));

        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(input + "." + Base64Url.encode(jose), resolver);
        assertTrue(result.valid(), result.toString());

        JwtVerificationResult derForm = new VcJwtVerifier(NOW).verify(input + "." + Base64Url.encode(der), resolver);
        assertFailed(derForm, "signature", "does not verify");
    }

    @Test
    void derJoseConversionRoundTrips() throws Exception {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        for (int i = 0; i < 50; i++) {
            signer.initSign(p256.getPrivate());
            signer.update(new byte[] {(byte) i});
            byte[] der = signer.sign();
            assertEquals(TestHex.of(der), TestHex.of(EcdsaSignatures.joseToDer(EcdsaSignatures.derToJose(der, 32))));
        }
        assertThrows(IllegalArgumentException.class, () -> EcdsaSignatures.derToJose(new byte[] {1, 2, 3}, 32));
    }

    @Test
    void algNoneIsRejectedNamingIt() {
        String payload = b64(VcJwtSigner.payload(credential(WEB_ISSUER), NOW));
        String jwt = b64("{\"alg\":\"none\",\"kid\":\"" + RSA_KID + "\"}") + "." + payload + ".";
        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(jwt, rsaResolver());
        assertFailed(result, "alg", "'none'");
        assertTrue(result.check("signature").isEmpty());
    }

    @Test
    void hmacAlgorithmsAreRejectedNamingThem() throws Exception {
        for (String alg : new String[] {"HS256", "HS384", "HS512"}) {
            String input = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + RSA_KID + "\"}") + "."
                    + b64(VcJwtSigner.payload(credential(WEB_ISSUER), NOW));
            // HMAC keyed with the public key bytes: the classic alg-confusion forgery.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rsa.getPublic().getEncoded(), "HmacSHA256"));
            String jwt = input + "." + Base64Url.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
            assertFailed(new VcJwtVerifier(NOW).verify(jwt, rsaResolver()), "alg", "'" + alg + "'");
        }
        String other = b64("{\"alg\":\"PS256\"}") + ".e30.AAAA";
        assertFailed(new VcJwtVerifier(NOW).verify(other, rsaResolver()), "alg", "'PS256' is not supported");
    }

    @Test
    void tamperedPayloadFailsTheSignature() {
        String jwt = VcJwtSigner.sign(credential(WEB_ISSUER), JwtKey.rs256(RSA_KID, rsa.getPrivate()), NOW);
        String[] parts = jwt.split("\\.");
        ObjectNode payload = JwtJson.parseObject(Base64Url.decode(parts[1]));
        payload.put("name", "Doctor of Everything");
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];
        assertFailed(new VcJwtVerifier(NOW).verify(tampered, rsaResolver()), "signature", "does not verify");
        // a flipped signature bit too
        byte[] sig = Base64Url.decode(parts[2]);
        sig[10] ^= 1;
        String flipped = parts[0] + "." + parts[1] + "." + Base64Url.encode(sig);
        assertFailed(new VcJwtVerifier(NOW).verify(flipped, rsaResolver()), "signature", "does not verify");
    }

    @Test
    void expiredAndNotYetValidAreRejected() {
        String jwt = VcJwtSigner.sign(credential(WEB_ISSUER), JwtKey.rs256(RSA_KID, rsa.getPrivate()), NOW);
        Clock later = Clock.fixed(Instant.parse("2030-01-15T10:05:00Z"), ZoneOffset.UTC);
        assertFailed(new VcJwtVerifier(later).verify(jwt, rsaResolver()), "validity.expiry", "expired at");
        Clock earlier = Clock.fixed(Instant.parse("2025-01-15T09:50:00Z"), ZoneOffset.UTC);
        assertFailed(new VcJwtVerifier(earlier).verify(jwt, rsaResolver()), "validity.notBefore", "not yet valid");
        Clock withinLeeway = Clock.fixed(Instant.parse("2025-01-15T09:59:30Z"), ZoneOffset.UTC);
        assertTrue(new VcJwtVerifier(withinLeeway).verify(jwt, rsaResolver()).valid());
    }

    @Test
    void vc11VcClaimIsAcceptedAsLegacy() {
        String issuer = DidKey.did(ed25519.publicKey());
        ObjectNode vc = JsonNodeFactory.instance.objectNode();
        vc.putArray("@context").add(BundledContexts.CREDENTIALS_V1).add(BundledContexts.OB_V3P0_3_0_2);
        vc.put("id", "urn:uuid:legacy-1");
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        vc.putObject("issuer").put("id", issuer).putArray("type").add("Profile");
        vc.put("issuanceDate", "2023-05-01T00:00:00Z");
        vc.putObject("credentialSubject").put("id", "did:example:learner").putArray("type").add("AchievementSubject");
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.set("vc", vc);
        payload.put("iss", issuer).put("jti", "urn:uuid:legacy-1").put("sub", "did:example:learner")
                .put("nbf", Instant.parse("2023-05-01T00:00:00Z").getEpochSecond());
        JwtKey key = JwtKey.eddsa(DidKey.verificationMethod(ed25519.publicKey()), ed25519);
        String input = b64("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + key.kid() + "\"}") + "." + b64(payload);
        String jwt = input + "." + Base64Url.encode(key.sign(input.getBytes(StandardCharsets.US_ASCII)));

        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(jwt, DidJwtKeyResolver.didKeyOnly());
        assertTrue(result.valid(), result.toString());
        assertTrue(result.legacy());
        assertEquals(vc, result.credential());
        assertTrue(check(result, "format").detail().contains("legacy"));
    }

    @Test
    void malformedCompactFormsAreRejected() {
        VcJwtVerifier verifier = new VcJwtVerifier(NOW);
        assertFailed(verifier.verify("", rsaResolver()), "jws", "empty input");
        assertFailed(verifier.verify(null, rsaResolver()), "jws", "not a compact JWS");
        assertFailed(verifier.verify("abc.def", rsaResolver()), "jws", "2 part(s)");
        assertFailed(verifier.verify("a.b.c.d", rsaResolver()), "jws", "4 part(s)");
        assertFailed(verifier.verify("a.b.c.d.e", rsaResolver()), "jws", "JWE");
        assertFailed(verifier.verify("eyJ@bGciOiJSUzI1NiJ9.e30.AAAA", rsaResolver()), "header", "not base64url");
        assertFailed(verifier.verify("eyJhbGciOiJSUzI1NiJ9=.e30.AAAA", rsaResolver()), "header", "not base64url");
        assertFailed(verifier.verify(b64("[1]") + ".e30.AAAA", rsaResolver()), "header", "not a JSON object");
        assertFailed(verifier.verify(b64("{\"alg\":\"RS256\",\"alg\":\"none\"}") + ".e30.AAAA", rsaResolver()),
                "header", "Duplicate");
        String jwt = VcJwtSigner.sign(credential(WEB_ISSUER), JwtKey.rs256(RSA_KID, rsa.getPrivate()), NOW);
        String[] parts = jwt.split("\\.");
        assertFailed(verifier.verify(parts[0] + "." + parts[1] + ".***", rsaResolver()), "signatureEncoding",
                "not base64url");
        assertFailed(verifier.verify(parts[0] + ".bm90IGpzb24." + parts[2], rsaResolver()), "payload", "not JSON");
        String crit = b64("{\"alg\":\"RS256\",\"kid\":\"" + RSA_KID + "\",\"crit\":[\"b64\"],\"b64\":false}");
        assertFailed(verifier.verify(crit + "." + parts[1] + "." + parts[2], rsaResolver()), "crit", "b64");
    }

    @Test
    void kidMustResolveAndBelongToTheIssuer() {
        VcJwtVerifier verifier = new VcJwtVerifier(NOW);
        String jwt = VcJwtSigner.sign(credential(WEB_ISSUER),
                JwtKey.rs256(WEB_ISSUER + "#retired-key", rsa.getPrivate()), NOW);
        assertFailed(verifier.verify(jwt, rsaResolver()), "key", "does not resolve");

        String foreign = VcJwtSigner.sign(credential(WEB_ISSUER),
                JwtKey.eddsa(DidKey.verificationMethod(ed25519.publicKey()), ed25519), NOW);
        JwtVerificationResult result = verifier.verify(foreign, DidJwtKeyResolver.didKeyOnly());
        assertFailed(result, "kid.issuer", "not to the issuer " + WEB_ISSUER);

        // an RSA key named by the kid, but the header says EdDSA
        String input = b64("{\"alg\":\"EdDSA\",\"kid\":\"" + RSA_KID + "\"}") + "."
                + b64(VcJwtSigner.payload(credential(WEB_ISSUER), NOW));
        String confused = input + "." + Base64Url.encode(ed25519.sign(input.getBytes(StandardCharsets.US_ASCII)));
        assertFailed(verifier.verify(confused, rsaResolver()), "key", "EdDSA needs an Ed25519 key");
    }

    @Test
    void claimsMustAgreeWithTheCredential() {
        ObjectNode payload = VcJwtSigner.payload(credential(WEB_ISSUER), NOW);
        payload.put("jti", "urn:uuid:someone-else");
        payload.put("nbf", 0);
        JwtKey key = JwtKey.rs256(RSA_KID, rsa.getPrivate());
        String input = b64("{\"alg\":\"RS256\",\"kid\":\"" + RSA_KID + "\"}") + "." + b64(payload);
        String jwt = input + "." + Base64Url.encode(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
        JwtVerificationResult result = new VcJwtVerifier(NOW).verify(jwt, rsaResolver());
        assertEquals(Status.PASSED, check(result, "signature").status());
        assertFailed(result, "claims.jti", "someone-else");
        assertFailed(result, "claims.nbf", "does not match");
    }

    @Test
    void signerRefusesWeakKeysAndUnsuitableCredentials() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(1024);
        KeyPair weak = gen.generateKeyPair();
        assertThrows(IllegalArgumentException.class, () -> JwtKey.rs256(RSA_KID, weak.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> JwtKey.rs256(RSA_KID, p256.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> JwtKey.eddsa("not a uri", ed25519));
        JwtKey key = JwtKey.rs256(RSA_KID, rsa.getPrivate());
        assertFalse(key.toString().contains("modulus"));
        ObjectNode v1 = credential(WEB_ISSUER);
        ((com.fasterxml.jackson.databind.node.ArrayNode) v1.get("@context")).set(0, BundledContexts.CREDENTIALS_V1);
        assertThrows(IllegalArgumentException.class, () -> VcJwtSigner.sign(v1, key));
        ObjectNode noId = credential(WEB_ISSUER);
        noId.remove("id");
        assertThrows(IllegalArgumentException.class, () -> VcJwtSigner.sign(noId, key));
    }

    @Test
    void jwkConversions() {
        for (JwtPublicKey key : new JwtPublicKey[] {JwtPublicKey.of(rsa.getPublic()), JwtPublicKey.of(p256.getPublic()),
                JwtPublicKey.of(ed25519.publicKey())}) {
            assertEquals(key, Jwk.toPublicKey(Jwk.of(key)), key.toString());
        }
        ObjectNode ec = Jwk.of(JwtPublicKey.of(p256.getPublic()));
        ObjectNode offCurve = ec.deepCopy().put("y", ec.get("x").asText());
        assertThrows(IllegalArgumentException.class, () -> Jwk.toPublicKey(offCurve));
        ObjectNode withPrivate = Jwk.of(JwtPublicKey.of(ed25519.publicKey())).put("d", Base64Url.encode(ed25519.seed()));
        assertThrows(IllegalArgumentException.class, () -> Jwk.toPublicKey(withPrivate));
        assertThrows(IllegalArgumentException.class, () -> Jwk.toPublicKey(
                JsonNodeFactory.instance.objectNode().put("kty", "oct").put("k", "AAAA")));
    }

    /** Hex for readable assertion messages. */
    static final class TestHex {
        static String of(byte[] bytes) {
            return org.credstack.vc.TestResources.hex(bytes);
        }
    }
}
