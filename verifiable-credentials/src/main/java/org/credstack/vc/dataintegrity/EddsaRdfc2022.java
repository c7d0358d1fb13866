package org.credstack.vc.dataintegrity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.jsonld.JsonBridge;
import org.credstack.vc.jsonld.RdfCanonicalizer;

/**
 * The steps of the {@code eddsa-rdfc-2022} cryptosuite (W3C VC Data Integrity EdDSA Cryptosuites v1.0, section 3.3),
 * exposed one by one so that each intermediate value of the W3C test vector can be checked. Works on Jakarta JSON.
 */
public final class EddsaRdfc2022 {

    public static final String PROOF_TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private final RdfCanonicalizer canonicalizer;
    /** The last proof configuration hashed, with its hash: see {@link #hashData(JsonObject, String)}. */
    private volatile ConfigHash lastConfigHash;

    public EddsaRdfc2022(RdfCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /** Uses the bundled contexts only. */
    public static EddsaRdfc2022 bundled() {
        return new EddsaRdfc2022(RdfCanonicalizer.bundled());
    }

    /** Proof configuration (3.3.5): the proof options plus the document's {@code @context}. */
    public JsonObject proofConfiguration(JsonObject unsecuredDocument, ProofOptions options) {
        JsonObjectBuilder config = JsonBridge.json().createObjectBuilder()
                .add("type", PROOF_TYPE)
                .add("cryptosuite", CRYPTOSUITE);
        if (options.created() != null) {
            config.add("created", options.created().toString());
        }
        config.add("verificationMethod", options.verificationMethod())
                .add("proofPurpose", options.proofPurpose());
        JsonValue context = unsecuredDocument.get("@context");
        if (context != null) {
            config.add("@context", context);
        }
        return config.build();
    }

    /** Transformation (3.3.3): the canonical N-Quads of the unsecured document, in safe mode. */
    public String canonicalDocument(JsonObject unsecuredDocument) {
        return canonicalizer.canonicalize(unsecuredDocument);
    }

    /** The canonical N-Quads of a proof configuration, in safe mode. */
    public String canonicalProofConfiguration(JsonObject proofConfiguration) {
        return canonicalizer.canonicalize(proofConfiguration);
    }

    /** Hashing (3.3.4): SHA-256 of the proof configuration followed by SHA-256 of the document (64 bytes). */
    public static byte[] hashData(String canonicalProofConfiguration, String canonicalDocument) {
        byte[] proofHash = sha256(canonicalProofConfiguration);
        byte[] docHash = sha256(canonicalDocument);
        byte[] combined = new byte[64];
        System.arraycopy(proofHash, 0, combined, 0, 32);
        System.arraycopy(docHash, 0, combined, 32, 32);
        return combined;
    }

    /**
     * Hashing (3.3.4) from the proof configuration itself. Consecutive proofs of a signer mostly have the same
     * configuration (same key, purpose and {@code @context}, {@code created} to the second), so the hash of the last
     * one is kept and reused when the next configuration is equal (a JSON equality test, no JSON-LD).
     */
    byte[] hashData(JsonObject proofConfiguration, String canonicalDocument) {
        ConfigHash last = lastConfigHash;
        if (last == null || !last.configuration().equals(proofConfiguration)) {
            last = new ConfigHash(proofConfiguration, sha256(canonicalProofConfiguration(proofConfiguration)));
            lastConfigHash = last;
        }
        byte[] combined = new byte[64];
        System.arraycopy(last.hash(), 0, combined, 0, 32);
        System.arraycopy(sha256(canonicalDocument), 0, combined, 32, 32);
        return combined;
    }

    /** Proof serialization (3.3.6): pure Ed25519 over the hash data. */
    public static byte[] sign(byte[] hashData, Ed25519PrivateKey key) {
        return key.sign(hashData);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private record ConfigHash(JsonObject configuration, byte[] hash) {
    }
}
