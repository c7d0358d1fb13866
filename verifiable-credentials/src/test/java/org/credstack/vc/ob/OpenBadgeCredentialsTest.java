package org.credstack.vc.ob;

import org.credstack.vc.testing.Ob30Schema;
import static org.credstack.vc.TestResources.MAPPER;
import static org.credstack.vc.TestResources.jackson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.UndefinedTermException;
import org.junit.jupiter.api.Test;

/** The OB 3.0 OpenBadgeCredential: shape, safe-mode signing and verification, the 1EdTech schema, the identity hash. */
class OpenBadgeCredentialsTest {

    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.generate();
    private static final ProofOptions OPTIONS =
            ProofOptions.assertionMethod(DidKey.verificationMethod(KEY.publicKey()), Instant.parse("2025-01-15T10:00:05Z"));
    private static final DataIntegritySigner SIGNER = DataIntegritySigner.bundled();
    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.bundled();

    @Test
    void buildsTheDocumentedShape() throws Exception {
        // through JSON text: Jackson's node equality tells an IntNode from a LongNode
        assertEquals(jackson("ob30/credstack-microcredential-expected.json"),
                MAPPER.readTree(ObFixtures.credential().toString()));
    }

    @Test
    void suspendableAchievementGetsRevocationAndSuspensionEntries() {
        ObjectNode credential = ObFixtures.suspendableCredential();
        JsonNode status = credential.get("credentialStatus");
        assertTrue(status.isArray(), status::toString);
        assertEquals(2, status.size());
        assertEquals("revocation", status.get(0).get("statusPurpose").asText());
        assertEquals("suspension", status.get(1).get("statusPurpose").asText());
        assertEquals(ObFixtures.SUSPENSION_LIST + "#1201", status.get(1).get("id").asText());
        assertEquals("1201", status.get(1).get("statusListIndex").asText());
        ObjectNode single = ObFixtures.credential();
        single.remove("credentialStatus");
        credential.remove("credentialStatus");
        assertEquals(single, credential, "only credentialStatus differs");
    }

    @Test
    void signedCredentialVerifiesInSafeMode() {
        ObjectNode signed = SIGNER.sign(ObFixtures.credential(), OPTIONS, KEY);
        assertTrue(signed.get("proof").isObject(), "the signer emits a single proof object");
        assertEquals("eddsa-rdfc-2022", signed.at("/proof/cryptosuite").asText());
        VerificationResult result = VERIFIER.verify(signed, new DidKey());
        assertTrue(result.valid(), result::toString);
    }

    @Test
    void signedSuspendableCredentialVerifiesInSafeMode() {
        ObjectNode signed = SIGNER.sign(ObFixtures.suspendableCredential(), OPTIONS, KEY);
        VerificationResult result = VERIFIER.verify(signed, new DidKey());
        assertTrue(result.valid(), result::toString);
    }

    @Test
    void tamperedCredentialFailsToVerify() {
        ObjectNode signed = SIGNER.sign(ObFixtures.credential(), OPTIONS, KEY);
        ((ObjectNode) signed.at("/credentialSubject/achievement")).put("workloadHours", 12);
        assertFalse(VERIFIER.verify(signed, new DidKey()).valid());
    }

    @Test
    void unsignedAndSignedCredentialsValidateAgainstTheOb30Schema() {
        ObjectNode unsigned = ObFixtures.credential();
        List<ValidationMessage> errors = Ob30Schema.validate(unsigned);
        assertTrue(errors.isEmpty(), () -> Ob30Schema.describe(errors));

        ObjectNode signed = SIGNER.sign(unsigned, OPTIONS, KEY);
        List<ValidationMessage> signedErrors = Ob30Schema.validate(signed);
        assertTrue(signedErrors.isEmpty(), () -> Ob30Schema.describe(signedErrors));
    }

    @Test
    void schemaAcceptsBothProofShapes() {
        ObjectNode signed = SIGNER.sign(ObFixtures.credential(), OPTIONS, KEY);
        assertTrue(signed.get("proof").isObject());
        assertTrue(Ob30Schema.validate(signed).isEmpty(), "single proof object");

        Ed25519PrivateKey second = Ed25519PrivateKey.generate();
        ObjectNode twice = SIGNER.sign(signed, ProofOptions.assertionMethod(
                DidKey.verificationMethod(second.publicKey()), Instant.parse("2025-01-15T10:00:06Z")), second);
        assertTrue(twice.get("proof").isArray());
        List<ValidationMessage> errors = Ob30Schema.validate(twice);
        assertTrue(errors.isEmpty(), () -> "proof set (array): " + Ob30Schema.describe(errors));
        assertTrue(VERIFIER.verify(twice, new DidKey()).valid());

        ObjectNode wrapped = signed.deepCopy();
        wrapped.putArray("proof").add(signed.get("proof"));
        assertTrue(Ob30Schema.validate(wrapped).isEmpty(), "one proof in an array");
        assertTrue(VERIFIER.verify(wrapped, new DidKey()).valid());
    }

    /** The validator is live: what the schema forbids is reported where it is. */
    @Test
    void schemaRejectsWhatItForbids() {
        ObjectNode noValidFrom = ObFixtures.credential();
        noValidFrom.remove("validFrom");
        assertTrue(Ob30Schema.describe(Ob30Schema.validate(noValidFrom)).contains("validFrom"));

        ObjectNode extraIdentityProperty = ObFixtures.credential();
        ((ObjectNode) extraIdentityProperty.at("/credentialSubject/identifier/0")).put("email", "a@example.com");
        List<ValidationMessage> errors = Ob30Schema.validate(extraIdentityProperty);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.getInstanceLocation().toString()
                .startsWith("$.credentialSubject.identifier")), () -> Ob30Schema.describe(errors));

        ObjectNode badAchievementType = ObFixtures.credential();
        ((ObjectNode) badAchievementType.at("/credentialSubject/achievement")).put("achievementType", "Nanodegree");
        assertFalse(Ob30Schema.validate(badAchievementType).isEmpty());
    }

    /** The documented deviation: a credentialStatus array fails the 1EdTech schema, there and nowhere else. */
    @Test
    void suspendableCredentialFailsTheOb30SchemaOnlyOnCredentialStatus() {
        ObjectNode signed = SIGNER.sign(ObFixtures.suspendableCredential(), OPTIONS, KEY);
        List<ValidationMessage> errors = Ob30Schema.validate(signed);
        assertFalse(errors.isEmpty(), "the 1EdTech schema does not allow a credentialStatus array");
        Set<String> locations = errors.stream().map(e -> e.getInstanceLocation().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("$.credentialStatus"), locations, () -> Ob30Schema.describe(errors));
        assertTrue(errors.stream().allMatch(e -> "type".equals(e.getType())), () -> Ob30Schema.describe(errors));
        assertTrue(errors.stream().allMatch(e -> e.getMessage().contains("array found, object expected")),
                () -> Ob30Schema.describe(errors));

        ObjectNode onlyRevocation = signed.deepCopy();
        onlyRevocation.set("credentialStatus", signed.get("credentialStatus").get(0));
        assertTrue(Ob30Schema.validate(onlyRevocation).isEmpty(), "the rest of the credential is schema-valid");
    }

    @Test
    void identityHashIsSha256OfNormalizedEmailAndSalt() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("ada.lovelace@example.org9f2c4e1a7b3d5f60".getBytes(StandardCharsets.UTF_8));
        JsonNode identity = ObFixtures.credential().at("/credentialSubject/identifier/0");
        assertEquals("sha256$" + HexFormat.of().formatHex(expected), identity.get("identityHash").asText());
        // computed outside Java: printf '%s' 'ada.lovelace@example.org9f2c4e1a7b3d5f60' | sha256sum
        assertEquals("sha256$47fddff45ea86ff688d133a12202950ccc73db874cbffd5baa6aff9b28cc6893",
                identity.get("identityHash").asText());
        assertEquals("IdentityObject", identity.get("type").asText());
        assertEquals("emailAddress", identity.get("identityType").asText());
        assertTrue(identity.get("hashed").isBoolean() && identity.get("hashed").booleanValue());
        assertEquals(ObFixtures.SALT, identity.get("salt").asText());
        assertFalse(ObFixtures.credential().toString().toLowerCase().contains("lovelace"), "no clear address");
    }

    /** The example of the OB 3.0 specification's IdentityHash: 'a@example.com' salted with 'Kosher'. */
    @Test
    void identityHashReproducesTheOb30SpecificationExample() {
        assertEquals("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
                new Recipient("a@example.com", "Kosher").identityHash());
    }

    @Test
    void randomSaltsDifferPerCredential() {
        Recipient a = Recipient.withRandomSalt(ObFixtures.EMAIL);
        Recipient b = Recipient.withRandomSalt(ObFixtures.EMAIL);
        assertFalse(a.salt().equals(b.salt()));
        assertFalse(a.identityHash().equals(b.identityHash()));
        assertEquals(32, a.salt().length());
        assertFalse(a.toString().contains("@"), "toString never shows the address");
    }

    @Test
    void undefinedPropertyMakesSigningFailNamingIt() {
        ObjectNode credential = ObFixtures.credential();
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("ectsGrade", "B");
        UndefinedTermException e = assertThrows(UndefinedTermException.class,
                () -> SIGNER.sign(credential, OPTIONS, KEY));
        assertEquals("ectsGrade", e.term(), e.getMessage());
        assertTrue(e.getMessage().contains("ectsGrade"), e.getMessage());
    }

    @Test
    void undefinedPropertyInTheIssuerProfileMakesSigningFail() {
        ObjectNode credential = ObFixtures.credential();
        ((ObjectNode) credential.get("issuer")).put("country", "DE");
        assertEquals("country",
                assertThrows(UndefinedTermException.class, () -> SIGNER.sign(credential, OPTIONS, KEY)).term());
    }

    @Test
    void optionalPartsAreLeftOut() {
        AchievementDefinition minimal = AchievementDefinition.builder("urn:uuid:6c1f8f6e-1b7e-4f65-a3f4-0d1c3c1e2a77",
                "Minimal", "A minimal achievement.", "Attend.").build();
        ObjectNode credential = OpenBadgeCredentials.builder()
                .id("https://credstack.example/credentials/1")
                .issuer(IssuerProfile.of(ObFixtures.ISSUER_DID, "Example", "https://university.example"))
                .achievement(minimal)
                .recipient(new Recipient("a@example.com", "s"))
                .validFrom(ObFixtures.VALID_FROM)
                .revocation(StatusEntry.revocation("https://credstack.example/status-lists/1", 0))
                .build();
        assertFalse(credential.has("validUntil"));
        assertFalse(credential.get("issuer").has("email"));
        assertEquals(Set.of("id", "type", "achievementType", "name", "description", "criteria"),
                fieldNames(credential.at("/credentialSubject/achievement")));
        assertEquals("MicroCredential", credential.at("/credentialSubject/achievement/achievementType").asText());
        assertTrue(Ob30Schema.validate(credential).isEmpty(), () -> Ob30Schema.describe(Ob30Schema.validate(credential)));
        ObjectNode signed = SIGNER.sign(credential, OPTIONS, KEY);
        assertTrue(VERIFIER.verify(signed, new DidKey()).valid());
    }

    /** A qualification lists the credentials it stacks as evidence: every term defined, schema-valid, signed. */
    @Test
    void evidenceEntriesAreSignedInSafeModeAndValidateAgainstTheOb30Schema() {
        ObjectNode credential = ObFixtures.builder(false)
                .evidence(new Evidence("urn:uuid:9c1e5a7b-3d2f-4b8e-a6c4-7e1f9d3b5a21", "Data Ethics in Practice",
                        "A credential counted toward this qualification", null))
                .evidence(new Evidence(null, "Portfolio", null, "Reviewed by two assessors."))
                .build();
        JsonNode evidence = credential.get("evidence");
        assertEquals(2, evidence.size());
        assertEquals("urn:uuid:9c1e5a7b-3d2f-4b8e-a6c4-7e1f9d3b5a21", evidence.get(0).get("id").asText());
        assertEquals("[\"Evidence\"]", evidence.get(0).get("type").toString());
        assertFalse(evidence.get(1).has("id"));

        ObjectNode signed = SIGNER.sign(credential, OPTIONS, KEY);
        assertTrue(VERIFIER.verify(signed, new DidKey()).valid());
        List<ValidationMessage> errors = Ob30Schema.validate(signed);
        assertTrue(errors.isEmpty(), () -> Ob30Schema.describe(errors));
        ((ObjectNode) signed.get("evidence").get(0)).put("name", "Something else");
        assertFalse(VERIFIER.verify(signed, new DidKey()).valid(), "evidence is covered by the signature");
        assertMessage("evidence.id", () -> new Evidence("not a uri", null, null, null));
    }

    @Test
    void decimalCreditsStayPlainDecimals() {
        AchievementDefinition definition = AchievementDefinition.builder("urn:uuid:6c1f8f6e-1b7e-4f65-a3f4-0d1c3c1e2a77",
                "Half", "Half a course.", "Attend.").creditsAvailable(new java.math.BigDecimal("2.50"))
                .workloadHours(new java.math.BigDecimal("1.0E+2")).build();
        JsonNode achievement = definition.toJson();
        assertEquals("2.5", achievement.get("creditsAvailable").toString());
        assertEquals("100", achievement.get("workloadHours").toString());
    }

    @Test
    void invalidInputIsRejectedNamingTheField() {
        assertMessage("validUntil", () -> ObFixtures.builder(false).validUntil(ObFixtures.VALID_FROM).build());
        assertMessage("id", () -> ObFixtures.builder(false).id("http://university.example/c/1").build());
        assertMessage("id", () -> ObFixtures.builder(false).id("urn:uuid:not-a-uuid").build());
        assertMessage("credentialStatus (suspension) is required", () -> ObFixtures.builder(true).suspension(null)
                .build());
        assertMessage("credentialStatus (suspension) is not allowed", () -> ObFixtures.builder(false)
                .suspension(StatusEntry.suspension(ObFixtures.SUSPENSION_LIST, 1)).build());
        assertMessage("credentialStatus (revocation)", () -> ObFixtures.builder(false)
                .revocation(StatusEntry.suspension(ObFixtures.REVOCATION_LIST, 1)).build());
        assertMessage("separate", () -> ObFixtures.builder(true)
                .suspension(StatusEntry.suspension(ObFixtures.REVOCATION_LIST, 1)).build());
        assertMessage("result.resultDescription", () -> ObFixtures.builder(false)
                .result(new Result("urn:uuid:00000000-0000-0000-0000-000000000000", "A")).build());
        assertMessage("recipient", () -> ObFixtures.builder(false).recipient(null).build());
        assertMessage("recipient.email", () -> new Recipient("not an address", "salt"));
        assertMessage("issuer.id", () -> new IssuerProfile("https://university.example", "U",
                "https://university.example", null, null, null));
        assertMessage("statusListIndex", () -> StatusEntry.revocation(ObFixtures.REVOCATION_LIST, -1));
        assertMessage("achievement.achievementType", () -> AchievementDefinition.builder("urn:x:1", "n", "d", "c")
                .achievementType("Nanodegree").build());
        assertMessage("alignment.targetType", () -> new Alignment("n", "https://x.example", null, null, "Skill",
                null, null));
        assertMessage("EQF level", () -> Alignment.eqfLevel(9));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Not a test: pretty JSON for the report. */
    static String pretty(JsonNode node) throws Exception {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
