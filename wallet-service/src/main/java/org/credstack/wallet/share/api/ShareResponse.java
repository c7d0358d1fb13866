package org.credstack.wallet.share.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.credstack.wallet.share.application.Shares;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A share link; url only in the answer to its creation (it is not stored)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShareResponse(String id, @Schema(description = "The public link; shown once") String url,
                            List<String> credentialIds, Instant expiresAt, Integer maxViews, int views,
                            @Schema(description = "ACTIVE, EXPIRED, USED_UP or REVOKED") String state,
                            Instant createdAt, Instant revokedAt, Instant lastViewedAt,
                            @Schema(description = "When it was opened, newest first (at most 100)") List<Instant> viewedAt) {

    static ShareResponse of(Shares.ShareInfo s, String baseUrl, Instant now) {
        return new ShareResponse(s.shareId(), s.token() == null ? null : baseUrl + "/s/" + s.token(),
                s.credentialIds(), s.expiresAt(), s.maxViews(), s.views(), s.state(now), s.createdAt(), s.revokedAt(),
                s.lastViewedAt(), s.viewedAt());
    }
}
