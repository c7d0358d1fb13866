package org.credstack.recognition.equivalence.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.credstack.recognition.equivalence.application.EquivalenceRecord;

/** A credit transfer rule of the caller's institution; {@code withdrawnAt} once it no longer applies. */
public record EquivalenceResponse(String id, String issuerId, String externalIssuerId, String externalAchievementId,
        String countsAs, BigDecimal credits, boolean exceedsInternalCredits, Instant createdAt, Instant withdrawnAt) {

    /** The rules of an institution, oldest first. */
    public record Page(List<EquivalenceResponse> items) {
    }

    static EquivalenceResponse of(EquivalenceRecord r) {
        return new EquivalenceResponse(r.equivalenceId(), r.issuerId(), r.externalIssuerId(),
                r.externalAchievementId(), r.countsAs(), r.credits(), r.exceedsInternalCredits(), r.createdAt(),
                r.withdrawnAt());
    }
}
