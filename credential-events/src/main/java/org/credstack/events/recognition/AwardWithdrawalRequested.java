package org.credstack.events.recognition;

import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * Recognition asks the issuer to withdraw an award, for example because a counted credential was revoked.
 * Aggregate: the award ({@code awardId}).
 *
 * @param credentialId the award's credential if it was already issued; {@code null} to cancel a pending request
 */
public record AwardWithdrawalRequested(String awardId, String issuerId, String credentialId, String reason)
        implements ContractEvent {

    public AwardWithdrawalRequested {
        Objects.requireNonNull(awardId, "awardId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return awardId;
    }
}
