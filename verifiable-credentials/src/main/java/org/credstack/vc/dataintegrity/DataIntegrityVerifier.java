package org.credstack.vc.dataintegrity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.VerificationResult.Check;
import org.credstack.vc.dataintegrity.VerificationResult.Status;
import org.credstack.vc.jsonld.JsonBridge;
import org.credstack.vc.jsonld.JsonLdProcessingException;
import org.credstack.vc.multiformats.Multibase;

/**
 * Verifies the {@code eddsa-rdfc-2022} DataIntegrityProofs of a document (W3C VC Data Integrity EdDSA 3.3.2), in
 * safe mode. Proofs of other types or cryptosuites are listed as SKIPPED with the reason; the result is valid only
 * when at least one supported proof verified and no check failed. Proof chains ({@code previousProof}) are not
 * supported: such a proof fails. This checks the proofs only, not the credential's validity period or status.
 */
public final class DataIntegrityVerifier {

    private final EddsaRdfc2022 suite;
    private final String expectedPurpose;
    private final Clock clock;

    public DataIntegrityVerifier(EddsaRdfc2022 suite, String expectedPurpose, Clock clock) {
        this.suite = suite;
        this.expectedPurpose = expectedPurpose;
        this.clock = clock;
    }

    /** Bundled contexts only, proof purpose {@code assertionMethod}, system clock. */
    public static DataIntegrityVerifier bundled() {
        return new DataIntegrityVerifier(EddsaRdfc2022.bundled(), ProofOptions.ASSERTION_METHOD, Clock.systemUTC());
    }

    public VerificationResult verify(ObjectNode signed, KeyResolver resolver) {
        JsonObject document;
        try {
            document = JsonBridge.toJakarta(signed);
        } catch (IllegalArgumentException e) {
            return new VerificationResult(false, List.of(new Check("document", Status.FAILED, e.getMessage())));
        }
        return verify(document, resolver);
    }

    public VerificationResult verify(JsonObject signed, KeyResolver resolver) {
        List<Check> checks = new ArrayList<>();
        JsonValue proofValue = signed.get("proof");
        if (proofValue == null) {
            checks.add(new Check("proof", Status.FAILED, "the document has no proof"));
            return new VerificationResult(false, checks);
        }
        List<JsonValue> proofs = proofValue.getValueType() == JsonValue.ValueType.ARRAY
                ? proofValue.asJsonArray() : List.of(proofValue);
        JsonObject unsecured = JsonBridge.json().createObjectBuilder(signed).remove("proof").build();
        ProofCheck.DocumentCanon documentCanon = new ProofCheck.DocumentCanon(suite, unsecured);
        boolean verified = false;
        for (int i = 0; i < proofs.size(); i++) {
            String prefix = "proof[" + i + "].";
            JsonValue proof = proofs.get(i);
            if (proof.getValueType() != JsonValue.ValueType.OBJECT) {
                checks.add(new Check(prefix + "type", Status.FAILED, "a proof must be a JSON object"));
                continue;
            }
            JsonObject p = proof.asJsonObject();
            String type = ProofCheck.string(p, "type");
            String cryptosuite = ProofCheck.string(p, "cryptosuite");
            if (!EddsaRdfc2022.PROOF_TYPE.equals(type) || !EddsaRdfc2022.CRYPTOSUITE.equals(cryptosuite)) {
                checks.add(new Check(prefix + "type", Status.SKIPPED, "unsupported proof type " + type
                        + (cryptosuite == null ? "" : " with cryptosuite " + cryptosuite)));
                continue;
            }
            checks.add(new Check(prefix + "type", Status.PASSED, type + " / " + cryptosuite));
            verified |= verifyProof(prefix, p, signed, documentCanon, resolver, checks);
        }
        boolean failed = checks.stream().anyMatch(c -> c.status() == Status.FAILED);
        if (!verified && !failed) {
            checks.add(new Check("proof", Status.FAILED, "no supported proof (DataIntegrityProof / "
                    + EddsaRdfc2022.CRYPTOSUITE + ") to verify"));
        }
        return new VerificationResult(verified && !failed, checks);
    }

    private boolean verifyProof(String prefix, JsonObject proof, JsonObject signed,
            ProofCheck.DocumentCanon documentCanon, KeyResolver resolver, List<Check> checks) {
        ProofCheck check = new ProofCheck(prefix, checks);
        String purpose = ProofCheck.string(proof, "proofPurpose");
        String method = ProofCheck.string(proof, "verificationMethod");
        byte[] signature = ProofCheck.signature(proof);
        boolean ok = check.that("proofPurpose", expectedPurpose.equals(purpose),
                        "expected " + expectedPurpose + ", found " + purpose)
                & check.dates(proof, clock)
                & check.that("proofValue", signature != null, "missing, not base58btc multibase or not 64 bytes")
                & check.that("previousProof", !proof.containsKey("previousProof"), "proof chains are not supported")
                & check.contextPrefix(proof, signed);
        if (!ok) {
            return false;
        }
        Ed25519PublicKey key;
        try {
            key = resolver.resolve(method, purpose);
            check.passed("verificationMethod", method);
        } catch (KeyResolutionException e) {
            return check.that("verificationMethod", false, e.getMessage());
        }
        String canonicalConfig;
        String canonicalDocument;
        try {
            JsonObject config = JsonBridge.json().createObjectBuilder(proof).remove("proofValue").build();
            JsonValue context = signed.get("@context");
            config = context == null ? config
                    : JsonBridge.json().createObjectBuilder(config).add("@context", context).build();
            canonicalDocument = documentCanon.get();
            canonicalConfig = suite.canonicalProofConfiguration(config);
            check.passed("canonicalization", "safe mode");
        } catch (JsonLdProcessingException e) {
            return check.that("canonicalization", false, e.getMessage());
        }
        byte[] hashData = EddsaRdfc2022.hashData(canonicalConfig, canonicalDocument);
        return check.that("signature", key.verify(hashData, signature), "Ed25519 signature does not match");
    }

    static byte[] decodeSignature(String proofValue) {
        try {
            byte[] bytes = Multibase.decode(proofValue, Multibase.BASE58BTC);
            return bytes.length == 64 ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
