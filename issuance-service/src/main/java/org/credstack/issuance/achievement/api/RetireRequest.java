package org.credstack.issuance.achievement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why an achievement is retired")
public record RetireRequest(
        @Schema(example = "Replaced by the 2027 curriculum") @NotBlank @Size(max = 2000) String reason) {
}
