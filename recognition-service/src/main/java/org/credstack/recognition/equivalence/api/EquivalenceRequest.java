package org.credstack.recognition.equivalence.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.credstack.recognition.equivalence.application.EquivalenceRegistrar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Another institution's achievement that counts as one of yours, for a number of credits")
public record EquivalenceRequest(
        @Schema(description = "The institution that issues the external achievement", example = "partner-college")
        @NotBlank @Size(max = 64) String externalIssuerId,
        @Schema(description = "The external achievement, as published on credstack", example = "ach-partner-stats")
        @NotBlank @Size(max = 64) String externalAchievementId,
        @Schema(description = "Your own achievement it counts as", example = "ach-statistics")
        @NotBlank @Size(max = 64) String countsAs,
        @Schema(description = "ECTS credits it counts for: more than zero, at most two decimals, and at most what "
                + "countsAs carries unless exceedsInternalCredits", example = "5")
        @NotNull @Positive @Digits(integer = 4, fraction = 2) BigDecimal credits,
        @Schema(description = "true to let credits exceed what countsAs carries (a larger external course)",
                defaultValue = "false")
        Boolean exceedsInternalCredits) {

    EquivalenceRegistrar.Request toRequest() {
        return new EquivalenceRegistrar.Request(externalIssuerId, externalAchievementId, countsAs, credits,
                Boolean.TRUE.equals(exceedsInternalCredits));
    }
}
