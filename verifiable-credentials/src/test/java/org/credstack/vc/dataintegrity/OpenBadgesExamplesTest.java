package org.credstack.vc.dataintegrity;

import static org.credstack.vc.TestResources.jackson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.VerificationResult.Status;
import org.credstack.vc.multiformats.Multikey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The OB 3.0 example credentials from 1EdTech's validator resources (copied from shared/standards/ob30) that are
 * signed with eddsa-rdfc-2022. Their keys are https URLs: a fixed resolver maps them, no network is touched.
 */
class OpenBadgesExamplesTest {

    static final Ed25519PublicKey KEY = Multikey.decodePublicKey("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
    static final KeyResolver RESOLVER = KeyResolver.of(Map.of(
            "https://example.com/issuers/876543#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", KEY,
            "https://1edtech.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", KEY));

    private final DataIntegrityVerifier verifier = DataIntegrityVerifier.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"simple", "simple-context-alias", "simple-context-version", "simple-did-web-method",
            "simple-multiple-proofs"})
    void verifies(String name) {
        VerificationResult result = verifier.verify(jackson("ob30/examples/" + name + ".json"), RESOLVER);
        assertTrue(result.valid(), result::toString);
    }

    @Test
    void multipleProofsListTheUnsupportedOneAsSkipped() {
        VerificationResult result = verifier.verify(jackson("ob30/examples/simple-multiple-proofs.json"), RESOLVER);
        assertEquals(Status.SKIPPED, result.checks().get(0).status(), result::toString);
        assertTrue(result.checks().get(0).detail().contains("SomeProofType"));
    }

    @Test
    void invalidProofValueIsRejected() {
        VerificationResult result = verifier.verify(jackson("ob30/examples-invalid/simple-err-proof-value.json"),
                RESOLVER);
        assertFalse(result.valid());
        assertFalse(result.errors().isEmpty(), result::toString);
    }

    @Test
    void unknownVerificationMethodIsRejectedWithItsName() {
        VerificationResult result = verifier.verify(jackson("ob30/examples-invalid/simple-err-proof-method.json"),
                RESOLVER);
        assertFalse(result.valid());
        assertTrue(result.errors().stream().anyMatch(c -> c.name().endsWith("verificationMethod")), result::toString);
    }

    @Test
    void changedAchievementNameIsRejected() {
        ObjectNode credential = jackson("ob30/examples/simple.json");
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("name", "Leadership");
        VerificationResult result = verifier.verify(credential, RESOLVER);
        assertFalse(result.valid());
        assertEquals("proof[0].signature", result.errors().get(0).name());
    }
}
