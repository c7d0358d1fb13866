package org.credstack.recognition.rplclaim.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import org.credstack.recognition.rplclaim.application.RplClaimRow;
import org.credstack.recognition.rplclaim.domain.RplClaimState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim in a list; GET /v1/rpl-claims/{id} has its details and history")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RplClaimSummary(String id, RplClaimState state, String institution, String qualificationId,
                              String achievementId, BigDecimal creditsClaimed, String claimant, String assessor,
                              Instant submittedAt, Instant updatedAt) {

    static RplClaimSummary of(RplClaimRow row) {
        return new RplClaimSummary(row.claimId(), row.state(), row.issuerId(), row.qualificationId(),
                row.achievementId(), row.creditsClaimed(), row.claimantSubject(), row.assessorSubject(),
                row.submittedAt(), row.updatedAt());
    }
}
