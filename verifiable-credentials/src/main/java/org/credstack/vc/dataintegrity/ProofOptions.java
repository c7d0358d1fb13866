package org.credstack.vc.dataintegrity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The options of a new Data Integrity proof.
 *
 * @param verificationMethod the key's URL (e.g. {@code did:web:...#key-1}); must resolve to the signing key
 * @param proofPurpose       usually {@code assertionMethod}
 * @param created            creation time, written with second precision in UTC; null leaves {@code created} out
 */
public record ProofOptions(String verificationMethod, String proofPurpose, Instant created) {

    public static final String ASSERTION_METHOD = "assertionMethod";

    public ProofOptions {
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(proofPurpose, "proofPurpose");
        if (verificationMethod.isBlank() || proofPurpose.isBlank()) {
            throw new IllegalArgumentException("verificationMethod and proofPurpose must not be blank");
        }
        created = created == null ? null : created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Proof purpose {@code assertionMethod}, as credentials need. */
    public static ProofOptions assertionMethod(String verificationMethod, Instant created) {
        return new ProofOptions(verificationMethod, ASSERTION_METHOD, created);
    }
}
