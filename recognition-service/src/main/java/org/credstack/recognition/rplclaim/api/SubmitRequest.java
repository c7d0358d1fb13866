package org.credstack.recognition.rplclaim.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.credstack.recognition.rplclaim.application.RplClaims;
import org.credstack.recognition.rplclaim.domain.LearningOutcome;
import org.credstack.recognition.rplclaim.domain.NarrativeEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim for credit toward exactly one qualification or achievement of an institution")
public record SubmitRequest(
        @Schema(description = "The institution (issuer id) the claim is made at", example = "demo-university")
        @NotBlank @Size(max = 64) String institution,
        @Schema(description = "The qualification claimed toward; or achievementId") @Size(max = 64)
        String qualificationId,
        @Schema(description = "The achievement claimed toward; or qualificationId") @Size(max = 64)
        String achievementId,
        @Schema(description = "ECTS credits claimed, more than zero", example = "10")
        @NotNull @Digits(integer = 6, fraction = 2) BigDecimal creditsClaimed,
        @Schema(description = "The learning outcomes claimed, as the institution states them")
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Outcome> outcomes,
        @Schema(description = "For every claimed outcome, how the learner's experience meets it. Personal data: "
                + "kept apart from the claim's events and erased with the learner")
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Narrative> narrative,
        @Schema(description = "Evidence available now; more may be added later") @Size(max = 20)
        List<@Valid @NotNull EvidenceRequest> evidence) {

    public record Outcome(@NotBlank @Size(max = 128) String outcomeId, @NotBlank @Size(max = 2000) String statement) {
    }

    public record Narrative(@NotBlank @Size(max = 128) String outcomeId, @NotBlank @Size(max = 20_000) String text) {
    }

    RplClaims.Submission submission() {
        return new RplClaims.Submission(institution, qualificationId, achievementId, creditsClaimed,
                outcomes.stream().map(o -> new LearningOutcome(o.outcomeId(), o.statement())).toList(),
                narrative.stream().map(n -> new NarrativeEntry(n.outcomeId(), n.text())).toList(),
                evidence == null ? List.of() : evidence.stream().map(EvidenceRequest::offer).toList());
    }
}
