package org.credstack.wallet.credential.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.credstack.wallet.credential.projection.WalletCredential;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A credential in the wallet, with its live status")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WalletCredentialView(
        String id,
        Issuer issuer,
        Achievement achievement,
        Instant issuedAt,
        Instant validFrom,
        Instant validUntil,
        @Schema(description = "ACTIVE, SUSPENDED, REVOKED, EXPIRED or REPLACED") String status,
        Instant statusChangedAt,
        String statusReason,
        @Schema(description = "The credential that replaced this one") String replacedBy,
        @Schema(description = "The credential this one replaced") String replaces,
        @Schema(description = "The signed OpenBadgeCredential exactly as issued (only when reading one credential)")
        @JsonRawValue String credential) {

    public record Issuer(String id, String did, String name) {
    }

    public record Achievement(String id, int version, String name, String type, BigDecimal credits,
                              Integer workloadHours, Integer eqfLevel, List<String> skills) {
    }

    public static WalletCredentialView of(WalletCredential c, boolean withCredential) {
        return new WalletCredentialView(c.credentialId(), new Issuer(c.issuerId(), c.issuerDid(), c.issuerName()),
                new Achievement(c.achievementId(), c.achievementVersion(), c.achievementName(), c.achievementType(),
                        c.credits(), c.workloadHours(), c.eqfLevel(), c.skills()),
                c.issuedAt(), c.validFrom(), c.validUntil(), c.status(), c.statusChangedAt(), c.statusReason(),
                c.replacedBy(), c.replaces(), withCredential ? c.credential() : null);
    }
}
