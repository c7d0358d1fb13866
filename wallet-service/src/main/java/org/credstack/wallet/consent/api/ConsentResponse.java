package org.credstack.wallet.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.credstack.wallet.consent.application.Consents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A consent; withdrawn ones show revokedAt")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentResponse(String id, String institution, List<String> credentialIds, String purpose,
                              Instant expiresAt, Instant grantedAt, Instant revokedAt) {

    static ConsentResponse of(Consents.Consent c) {
        return new ConsentResponse(c.consentId(), c.granteeTenant(), c.credentialIds(), c.purpose(), c.expiresAt(),
                c.grantedAt(), c.revokedAt());
    }
}
