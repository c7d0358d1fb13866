package org.credstack.vc.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.JsonBridge;
import org.credstack.vc.jsonld.OfflineDocumentLoader;
import org.credstack.vc.jsonld.RdfCanonicalizer;
import org.credstack.vc.multiformats.Multibase;
import org.credstack.vc.ob.RandomCredentials;
import org.junit.jupiter.api.Test;

/**
 * Property: signing a generated credential with the bundled signer (direct canonicalization, cached proof
 * configuration hash) hashes exactly what the full reference path hashes, so its proofValue is the Ed25519
 * signature of the reference hash input, and the full reference verifier accepts the signed credential. Proof
 * options vary (key, method, purpose, created or not) and repeat from one credential to the next, as in bulk
 * issuance. {@code -Dcredstack.property.cases} scales it too.
 */
class FastSigningPropertyTest {

    private static final int CASES = Integer.getInteger("credstack.property.cases", 400) / 4;
    private static final long SEED = Long.getLong("credstack.property.seed", 20_260_101L);
    private static final List<Ed25519PrivateKey> KEYS = List.of(Ed25519PrivateKey.generate(),
            Ed25519PrivateKey.generate());

    private final EddsaRdfc2022 fast = EddsaRdfc2022.bundled();
    private final EddsaRdfc2022 reference =
            new EddsaRdfc2022(RdfCanonicalizer.reference(OfflineDocumentLoader.bundled()));
    private final DataIntegritySigner fastSigner = new DataIntegritySigner(fast);

    @Test
    void fastSigningHashesAndSignsWhatTheReferenceDoesAndTheReferenceVerifies() {
        RandomCredentials generator = new RandomCredentials(SEED);
        Random random = new Random(SEED);
        ProofOptions options = null;
        for (int i = 0; i < CASES; i++) {
            Ed25519PrivateKey key = KEYS.get(random.nextInt(KEYS.size()));
            if (options == null || random.nextInt(3) == 0) {
                options = options(random, key);
            }
            ObjectNode credential = generator.next();
            String label = "case " + i + " of seed " + SEED + " with " + options + ": " + credential;

            JsonObject unsecured = JsonBridge.toJakarta(credential);
            JsonObject config = fast.proofConfiguration(unsecured, options);
            byte[] referenceHash = EddsaRdfc2022.hashData(reference.canonicalProofConfiguration(config),
                    reference.canonicalDocument(unsecured));
            assertArrayEquals(referenceHash, fast.hashData(config, fast.canonicalDocument(unsecured)), label);

            ObjectNode signed = fastSigner.sign(credential, options, key);
            assertEquals(Multibase.encodeBase58Btc(EddsaRdfc2022.sign(referenceHash, key)),
                    signed.path("proof").path("proofValue").asText(), label);
            String method = options.verificationMethod();
            VerificationResult result = new DataIntegrityVerifier(reference, options.proofPurpose(),
                    Clock.systemUTC()).verify(signed, KeyResolver.of(Map.of(method, key.publicKey())));
            assertTrue(result.valid(), () -> label + "\n" + result);
        }
    }

    private static ProofOptions options(Random random, Ed25519PrivateKey key) {
        String method = random.nextBoolean() ? DidKey.verificationMethod(key.publicKey())
                : "did:web:university.example:issuers:" + random.nextInt(100) + "#key-" + random.nextInt(3);
        Instant created = random.nextInt(4) == 0 ? null : Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1000));
        return new ProofOptions(method, random.nextBoolean() ? ProofOptions.ASSERTION_METHOD : "authentication",
                created);
    }
}
