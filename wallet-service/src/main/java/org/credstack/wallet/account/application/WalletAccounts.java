package org.credstack.wallet.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.credstack.platform.persistence.NativeRows;

/**
 * The mutable account tables (wallet_account, wallet_address): the wallet's personal data, never in an event.
 * Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class WalletAccounts {

    @Inject
    EntityManager em;

    public Optional<String> walletOf(String subject) {
        return first("SELECT wallet_id FROM wallet_account WHERE subject = ?1", subject);
    }

    /** The wallet an address is linked to, if any. */
    public Optional<String> holderOf(String recipientRef) {
        return first("SELECT wallet_id FROM wallet_address WHERE recipient_ref = ?1", recipientRef);
    }

    /** Creates the account unless the subject has one already (a concurrent first request); true if created. */
    public boolean create(String walletId, String subject, Instant at) {
        return NativeRows.update(em, "INSERT INTO wallet_account (wallet_id, subject, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (subject) DO NOTHING", walletId, subject, Timestamp.from(at)) == 1;
    }

    /** Adds a verified address; false when it belongs to a wallet already. */
    public boolean addAddress(String walletId, String recipientRef, String email, Instant at) {
        return NativeRows.update(em, "INSERT INTO wallet_address (wallet_id, recipient_ref, email, verified_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING", walletId, recipientRef, email,
                Timestamp.from(at)) == 1;
    }

    public boolean removeAddress(String walletId, String recipientRef) {
        return NativeRows.update(em, "DELETE FROM wallet_address WHERE wallet_id = ?1 AND recipient_ref = ?2",
                walletId, recipientRef) == 1;
    }

    /** Deletes the account; its addresses and pending verifications go with it. */
    public void delete(String walletId) {
        NativeRows.update(em, "DELETE FROM wallet_account WHERE wallet_id = ?1", walletId);
    }

    public List<LearnerWallet.Address> addresses(String walletId) {
        return NativeRows.select(em, "SELECT email, recipient_ref, verified_at FROM wallet_address WHERE wallet_id = ?1"
                        + " ORDER BY verified_at, email", walletId).stream()
                .map(r -> new LearnerWallet.Address((String) r[0], (String) r[1], NativeRows.instant(r[2])))
                .toList();
    }

    private Optional<String> first(String sql, String arg) {
        return NativeRows.<String>column(em, sql, arg).stream().findFirst();
    }
}
