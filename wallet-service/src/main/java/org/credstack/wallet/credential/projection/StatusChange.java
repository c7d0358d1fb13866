package org.credstack.wallet.credential.projection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;

/** The status a credential event gives a wallet credential: one reading for live delivery and for rebuilds. */
record StatusChange(String credentialId, String status, Instant at, String reason, String replacedBy) {

    /** The change {@code event} makes, or {@code null} for an event that changes no status. */
    static StatusChange of(Object event, Instant occurredAt) {
        if (event instanceof CredentialRevoked revoked) {
            return new StatusChange(revoked.credentialId(), "REVOKED", revoked.revokedAt(), revoked.reason(), null);
        } else if (event instanceof CredentialSuspended suspended) {
            return new StatusChange(suspended.credentialId(), "SUSPENDED", occurredAt, suspended.reason(), null);
        } else if (event instanceof CredentialReinstated reinstated) {
            return new StatusChange(reinstated.credentialId(), "ACTIVE", occurredAt, null, null);
        } else if (event instanceof CredentialExpired expired) {
            return new StatusChange(expired.credentialId(), "EXPIRED", expired.expiredAt(), null, null);
        } else if (event instanceof CredentialReplaced replaced) {
            return new StatusChange(replaced.credentialId(), "REPLACED", occurredAt, replaced.reason(),
                    replaced.replacedBy());
        }
        return null;
    }

    /** Binds {@link WalletCredentialProjection#STATUS}. */
    void bind(PreparedStatement update) throws SQLException {
        update.setString(1, status);
        update.setTimestamp(2, Timestamp.from(at));
        update.setString(3, reason);
        update.setString(4, replacedBy);
        update.setString(5, credentialId);
    }

    void applyTo(IssuedRow row) {
        row.status = status;
        row.statusChangedAt = at.toString();
        row.statusReason = reason;
        row.replacedBy = replacedBy;
    }
}
