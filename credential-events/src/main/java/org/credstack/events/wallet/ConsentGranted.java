package org.credstack.events.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * A learner allowed an institution to see and count some of their credentials.
 * Aggregate: the wallet ({@code walletId}), not the consent, so that a wallet's consents stay in order with its
 * linked recipients.
 *
 * @param granteeTenant the issuer (tenant) allowed to count the credentials
 * @param credentialIds the credentials covered
 * @param purpose       what the consent is for, {@code qualification:<id>} or {@code rpl:<claimId>}; {@code null} for
 *                      any purpose of the grantee
 * @param expiresAt     when the consent lapses by itself; {@code null} until revoked
 */
public record ConsentGranted(String consentId, String walletId, String granteeTenant, List<String> credentialIds,
        String purpose, Instant expiresAt) implements ContractEvent {

    public ConsentGranted {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(walletId, "walletId");
        Objects.requireNonNull(granteeTenant, "granteeTenant");
        credentialIds = credentialIds == null ? List.of() : List.copyOf(credentialIds);
    }

    @Override
    public String aggregateId() {
        return walletId;
    }
}
