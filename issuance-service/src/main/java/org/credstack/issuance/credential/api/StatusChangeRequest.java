package org.credstack.issuance.credential.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a credential is revoked or suspended")
public record StatusChangeRequest(
        @Schema(example = "Assessment found to be plagiarised") @NotBlank @Size(max = 2000) String reason) {
}
