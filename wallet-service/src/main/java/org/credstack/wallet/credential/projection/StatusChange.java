package org.credstack.wallet.credential.projection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.credstack.events.issuance.CredentialStatusChange;

/** Writes a credential's status change to the wallet's row: one way for live delivery and for rebuilds. */
final class StatusChange {

    private StatusChange() {
    }

    /** Binds {@link WalletCredentialProjection#STATUS}. */
    static void bind(CredentialStatusChange change, PreparedStatement update) throws SQLException {
        update.setString(1, change.status());
        update.setTimestamp(2, Timestamp.from(change.at()));
        update.setString(3, change.reason());
        update.setString(4, change.replacedBy());
        update.setString(5, change.credentialId());
    }

    static void applyTo(CredentialStatusChange change, IssuedRow row) {
        row.status = change.status();
        row.statusChangedAt = change.at().toString();
        row.statusReason = change.reason();
        row.replacedBy = change.replacedBy();
    }
}
