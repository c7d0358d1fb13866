package org.credstack.recognition.rplclaim.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.credstack.recognition.rplclaim.domain.RplClaimState;

/** A claim as the {@code rpl_claim} table holds it: enough to list claims and to decide who may see one. */
public record RplClaimRow(String claimId, String issuerId, String learnerId, String claimantSubject,
                          List<String> recipientRefs, String qualificationId, String achievementId,
                          BigDecimal creditsClaimed, RplClaimState state, String assessorSubject, Instant submittedAt,
                          Instant updatedAt) {

    public RplClaimRow {
        recipientRefs = List.copyOf(recipientRefs);
    }
}
