package org.credstack.wallet.share.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What to share, until when, and how often it may be opened")
public record ShareRequest(
        @Schema(description = "Credentials of this wallet") @NotEmpty @Size(max = 100)
        List<@NotBlank @Size(max = 64) String> credentialIds,
        @Schema(description = "When the link stops working; default 30 days, at most 365") Instant expiresAt,
        @Schema(description = "How often the link may be opened; none means no limit", example = "5")
        @Min(1) @Max(100000) Integer maxViews) {
}
