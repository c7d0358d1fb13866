package org.credstack.recognition.rplclaim.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.recognition.rplclaim.domain.OutcomeAssessment;
import org.credstack.recognition.rplclaim.domain.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the workflow's steps after submission. */
public final class WorkflowRequests {

    private WorkflowRequests() {
    }

    @Schema(description = "Complete, or incomplete with what is missing (about the evidence, never the person)")
    public record Completeness(@NotNull Boolean complete,
                        @Size(max = 20) List<@NotBlank @Size(max = 500) String> missing) {
    }

    @Schema(description = "Who assesses the claim, or its appeal once appealed")
    public record Assign(@Schema(description = "The assessor's token subject") @NotBlank @Size(max = 255)
                  String assessorSubject) {
    }

    @Schema(description = "Verdicts on some or all claimed outcomes; a later verdict replaces an earlier one")
    public record Assessment(@NotEmpty @Size(max = 50) List<@Valid @NotNull OutcomeVerdict> assessments) {

        List<OutcomeAssessment> toDomain() {
            return assessments.stream().map(a -> new OutcomeAssessment(a.outcomeId(), a.verdict(), a.comment()))
                    .toList();
        }
    }

    public record OutcomeVerdict(@NotBlank @Size(max = 128) String outcomeId, @NotNull Verdict verdict,
                          @Schema(description = "Required: about the evidence, never the person")
                          @Size(max = 4000) String comment) {
    }

    @Schema(description = "The decision, once every claimed outcome has a verdict. The rationale is published")
    public record Decision(@Schema(description = "FULL, PARTIAL or REJECTED") RplOutcome outcome,
                    @Schema(description = "All credits claimed for FULL, some for PARTIAL, none for REJECTED")
                    @Digits(integer = 6, fraction = 2) BigDecimal creditsAwarded,
                    @Size(max = 4000) String rationale) {
    }

    @Schema(description = "Why the decision should be reconsidered; the learner's words, kept apart from events")
    public record Appeal(@Size(max = 20_000) String reason) {
    }
}
