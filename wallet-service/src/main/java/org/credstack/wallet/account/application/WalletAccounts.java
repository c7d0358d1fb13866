package org.credstack.wallet.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The mutable account tables (wallet_account, wallet_address): the wallet's personal data, never in an event.
 * Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class WalletAccounts {

    @Inject
    DataSource dataSource;

    public Optional<String> walletOf(String subject) {
        return single("SELECT wallet_id FROM wallet_account WHERE subject = ?", subject);
    }

    /** The wallet an address is linked to, if any. */
    public Optional<String> holderOf(String recipientRef) {
        return single("SELECT wallet_id FROM wallet_address WHERE recipient_ref = ?", recipientRef);
    }

    /** Creates the account unless the subject has one already (a concurrent first request); true if created. */
    public boolean create(String walletId, String subject, Instant at) {
        return update("INSERT INTO wallet_account (wallet_id, subject, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (subject) DO NOTHING", walletId, subject, Timestamp.from(at)) == 1;
    }

    /** Adds a verified address; false when it belongs to a wallet already. */
    public boolean addAddress(String walletId, String recipientRef, String email, Instant at) {
        return update("INSERT INTO wallet_address (wallet_id, recipient_ref, email, verified_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", walletId, recipientRef, email, Timestamp.from(at)) == 1;
    }

    public boolean removeAddress(String walletId, String recipientRef) {
        return update("DELETE FROM wallet_address WHERE wallet_id = ? AND recipient_ref = ?", walletId,
                recipientRef) == 1;
    }

    /** Deletes the account; its addresses and pending verifications go with it. */
    public void delete(String walletId) {
        update("DELETE FROM wallet_account WHERE wallet_id = ?", walletId);
    }

    public List<LearnerWallet.Address> addresses(String walletId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT email, recipient_ref, verified_at FROM wallet_address WHERE wallet_id = ? ORDER BY verified_at,"
                        + " email")) {
            select.setString(1, walletId);
            List<LearnerWallet.Address> addresses = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    addresses.add(new LearnerWallet.Address(rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
            return addresses;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the addresses of wallet " + walletId, e);
        }
    }

    private Optional<String> single(String sql, String arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, arg);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                update.setObject(i + 1, args[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
