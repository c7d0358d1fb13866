package org.credstack.wallet.account.application;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.vc.ob.Recipient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Proof of control of a further address: a six-digit code is e-mailed to it and kept only as a hash bound to the
 * wallet and address; it expires, and a few wrong guesses void it. The answer to a request never says whether the
 * address belongs to another wallet (no probing of who has an account); the verification does, once the learner
 * has shown they read the address's mail.
 */
@ApplicationScoped
public class AddressVerifications {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    RecipientRefs recipientRefs;
    @Inject
    Wallets wallets;
    @ConfigProperty(name = "credstack.wallet.verification.code-validity", defaultValue = "PT15M")
    Duration validity;
    @ConfigProperty(name = "credstack.wallet.verification.max-attempts", defaultValue = "5")
    int maxAttempts;

    private final Clock clock = Clock.systemUTC();

    /** Sends a code to {@code email}; a new request replaces a pending one. */
    public void request(LearnerWallet wallet, String email) {
        String address = Recipient.normalize(email);
        String ref = recipientRefs.of(address);
        if (wallet.recipientRefs().contains(ref)) {
            throw new DomainRuleViolation("address-already-linked", "This address is linked to your wallet already");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        QuarkusTransaction.requiringNew().run(() -> NativeRows.update(em, "INSERT INTO address_verification"
                        + " (wallet_id, recipient_ref, email, code_hash, expires_at, attempts)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, 0)"
                        + " ON CONFLICT (wallet_id, recipient_ref) DO UPDATE SET code_hash = EXCLUDED.code_hash,"
                        + " expires_at = EXCLUDED.expires_at, attempts = 0", wallet.walletId(), ref, address,
                hash(wallet.walletId(), ref, code), Timestamp.from(clock.instant().plus(validity))));
        mailer.send(Mail.withText(address, "Your credstack verification code",
                "Someone asked to add this address to a credstack wallet. If it was you, enter this code: " + code
                        + "\n\nIt is valid for " + validity.toMinutes() + " minutes. If it was not you, ignore"
                        + " this message: nothing changes without the code."));
    }

    /** Checks the code; on success the address is linked (RecipientLinked) and the pending code is gone. */
    public void verify(LearnerWallet wallet, String email, String code) {
        String address = Recipient.normalize(email);
        String ref = recipientRefs.of(address);
        Pending pending = QuarkusTransaction.requiringNew().call(() -> pending(wallet.walletId(), ref));
        if (pending == null) {
            throw invalid("no-pending-verification", "No code was requested for this address, or it was used up");
        }
        if (pending.expiresAt().isBefore(clock.instant()) || pending.attempts() >= maxAttempts) {
            QuarkusTransaction.requiringNew().run(() -> forget(wallet.walletId(), ref));
            throw invalid("code-expired", "The code expired or was guessed wrongly too often; request a new one");
        }
        if (!MessageDigest.isEqual(pending.codeHash().getBytes(StandardCharsets.US_ASCII),
                hash(wallet.walletId(), ref, code == null ? "" : code.trim()).getBytes(StandardCharsets.US_ASCII))) {
            QuarkusTransaction.requiringNew().run(() -> NativeRows.update(em, "UPDATE address_verification SET"
                    + " attempts = attempts + 1 WHERE wallet_id = ?1 AND recipient_ref = ?2", wallet.walletId(), ref));
            throw invalid("code-invalid", "The code is not the one sent to this address");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            forget(wallet.walletId(), ref);
            wallets.link(wallet.walletId(), ref, address);
        });
    }

    private record Pending(String codeHash, Instant expiresAt, int attempts) {
    }

    private Pending pending(String walletId, String ref) {
        return NativeRows.select(em, "SELECT code_hash, expires_at, attempts FROM address_verification"
                        + " WHERE wallet_id = ?1 AND recipient_ref = ?2", walletId, ref).stream()
                .map(r -> new Pending((String) r[0], NativeRows.instant(r[1]), ((Number) r[2]).intValue()))
                .findFirst().orElse(null);
    }

    private void forget(String walletId, String ref) {
        NativeRows.update(em, "DELETE FROM address_verification WHERE wallet_id = ?1 AND recipient_ref = ?2",
                walletId, ref);
    }

    private static DomainRuleViolation invalid(String rule, String message) {
        return new DomainRuleViolation(rule, message, DomainRuleViolation.Kind.INVALID);
    }

    /** The code bound to the wallet and address, so that a code is worth nothing for another pair. */
    private static String hash(String walletId, String ref, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((walletId + "\n" + ref + "\n" + code)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
