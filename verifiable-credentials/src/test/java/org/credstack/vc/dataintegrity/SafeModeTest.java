package org.credstack.vc.dataintegrity;

import static org.credstack.vc.TestResources.jackson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.JsonLdProcessingException;
import org.credstack.vc.jsonld.UndefinedTermException;
import org.junit.jupiter.api.Test;

/** Safe mode: what JSON-LD processing would drop makes signing and verifying fail, naming the term. */
class SafeModeTest {

    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.generate();
    private static final ProofOptions OPTIONS =
            ProofOptions.assertionMethod(DidKey.verificationMethod(KEY.publicKey()), Instant.now());
    private final DataIntegritySigner signer = DataIntegritySigner.bundled();

    private static ObjectNode credential() {
        ObjectNode credential = jackson("ob30/examples/simple.json");
        credential.remove("proof");
        return credential;
    }

    @Test
    void undefinedPropertyFailsToSignNamingIt() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("favouriteColour", "green");
        UndefinedTermException e = assertThrows(UndefinedTermException.class,
                () -> signer.sign(credential, OPTIONS, KEY));
        assertEquals("favouriteColour", e.term(), e.getMessage());
        assertTrue(e.getMessage().contains("favouriteColour"));
    }

    @Test
    void undefinedPropertyDeepInAnAlignmentOfAMicroCredentialFailsToSignNamingIt() {
        ObjectNode credential = jackson("credstack/microcredential-unsigned.json");
        ((ObjectNode) credential.at("/credentialSubject/achievement/alignment/1")).put("weighting", 0.5);
        assertEquals("weighting",
                assertThrows(UndefinedTermException.class, () -> signer.sign(credential, OPTIONS, KEY)).term());
    }

    @Test
    void aCredentialTermUsedInsideTheSubjectFailsToSignNamingIt() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.get("credentialSubject")).put("validUntil", "2030-01-01T00:00:00Z");
        assertEquals("validUntil",
                assertThrows(UndefinedTermException.class, () -> signer.sign(credential, OPTIONS, KEY)).term());
    }

    @Test
    void aVocabularyTermThatMakesNoValidIriFailsToSignInsteadOfBeingDropped() {
        ObjectNode credential = jackson("vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json");
        credential.remove("proof");
        ((ObjectNode) credential.get("credentialSubject")).put("favourite colour", "green");
        UndefinedTermException e = assertThrows(UndefinedTermException.class,
                () -> signer.sign(credential, OPTIONS, KEY));
        assertTrue(e.term().endsWith("#favourite colour"), e.getMessage());
    }

    @Test
    void anIdThatIsNoValidIriFailsToSignInsteadOfItsNodeBeingDropped() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("id", "https://example.com/achievements/a b");
        assertEquals("https://example.com/achievements/a b",
                assertThrows(UndefinedTermException.class, () -> signer.sign(credential, OPTIONS, KEY)).term());
    }

    @Test
    void undefinedTopLevelPropertyFailsToSign() {
        ObjectNode credential = credential();
        credential.put("internalNote", "x");
        assertEquals("internalNote",
                assertThrows(UndefinedTermException.class, () -> signer.sign(credential, OPTIONS, KEY)).term());
    }

    @Test
    void undefinedTypeFailsToSignNamingIt() {
        ObjectNode credential = credential();
        credential.withArray("/type").add("FancyBadge");
        assertEquals("FancyBadge",
                assertThrows(UndefinedTermException.class, () -> signer.sign(credential, OPTIONS, KEY)).term());
    }

    @Test
    void contextThatIsNotBundledFailsNamingTheUrl() {
        ObjectNode credential = credential();
        credential.withArray("/@context").add("https://example.org/not-bundled/v1");
        JsonLdProcessingException e = assertThrows(JsonLdProcessingException.class,
                () -> signer.sign(credential, OPTIONS, KEY));
        assertTrue(e.getMessage().contains("https://example.org/not-bundled/v1"), e.getMessage());
    }

    @Test
    void signedCredentialWithAnAddedUndefinedPropertyFailsToVerify() {
        ObjectNode signed = signer.sign(credential(), OPTIONS, KEY);
        assertTrue(DataIntegrityVerifier.bundled().verify(signed, new DidKey()).valid());
        ((ObjectNode) signed.get("credentialSubject")).put("sneaky", "value");
        VerificationResult result = DataIntegrityVerifier.bundled().verify(signed, new DidKey());
        assertFalse(result.valid());
        assertEquals("proof[0].canonicalization", result.errors().get(0).name(), result::toString);
        assertTrue(result.errors().get(0).detail().contains("sneaky"), result::toString);
    }
}
