package org.credstack.issuance.credential.application;

import java.util.List;
import java.util.Objects;
import org.credstack.vc.ob.Evidence;

/**
 * What makes an issue the answer to a recognition award: the award, the credential id fixed for it in advance (so
 * that issuing the same award again can never make a second credential), and the evidence the credential lists
 * (the credentials counted toward the qualification).
 */
public record Award(String awardId, String credentialId, List<Evidence> evidence) {

    public Award {
        Objects.requireNonNull(awardId, "awardId");
        Objects.requireNonNull(credentialId, "credentialId");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
