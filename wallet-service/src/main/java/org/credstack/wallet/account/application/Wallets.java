package org.credstack.wallet.account.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.security.Caller;
import org.credstack.vc.ob.Recipient;
import org.credstack.wallet.account.domain.EraseWallet;
import org.credstack.wallet.account.domain.LinkRecipient;
import org.credstack.wallet.account.domain.OpenWallet;
import org.credstack.wallet.account.domain.UnlinkRecipient;

/**
 * Learners' wallets. A wallet is opened on the learner's first call, with the address their token's provider
 * verified; further addresses are linked after proof of control ({@link AddressVerifications}). The account tables
 * and the wallet's events change in one transaction.
 */
@ApplicationScoped
public class Wallets {

    @Inject
    WalletAccounts accounts;
    @Inject
    Commands commands;
    @Inject
    RecipientRefs recipientRefs;
    @Inject
    Caller caller;

    private final Clock clock = Clock.systemUTC();

    /** The caller's wallet, opened now if this is their first call; the sign-in address is always linked. */
    public LearnerWallet current() {
        String email = Recipient.normalize(caller.requireVerifiedEmail());
        String ref = recipientRefs.of(email);
        String walletId = QuarkusTransaction.requiringNew().call(() -> accounts.walletOf(caller.subject())
                .map(existing -> linkSignInAddress(existing, ref, email))
                .orElseGet(() -> open(ref, email)));
        return new LearnerWallet(walletId, ref, accounts.addresses(walletId));
    }

    /** The same wallet with its addresses read again (after a link). */
    public LearnerWallet refreshed(LearnerWallet wallet) {
        return new LearnerWallet(wallet.walletId(), wallet.signInRef(), accounts.addresses(wallet.walletId()));
    }

    /** Links a proven address to the caller's wallet (in the caller's transaction). */
    void link(String walletId, String ref, String email) {
        if (!accounts.addAddress(walletId, ref, email, clock.instant())) {
            if (accounts.holderOf(ref).filter(walletId::equals).isPresent()) {
                return;
            }
            throw linkedElsewhere();
        }
        commands.send(new LinkRecipient(walletId, ref));
    }

    public void unlink(LearnerWallet wallet, String recipientRef) {
        if (!wallet.recipientRefs().contains(recipientRef)) {
            throw new NotFound("Address", recipientRef);
        }
        if (recipientRef.equals(wallet.signInRef())) {
            throw new DomainRuleViolation("sign-in-address", "The address you sign in with stays linked while you "
                    + "sign in with it");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            accounts.removeAddress(wallet.walletId(), recipientRef);
            commands.send(new UnlinkRecipient(wallet.walletId(), recipientRef));
        });
    }

    /** Deletes the account and publishes LearnerErased: every service purges what it holds for its addresses. */
    public void erase(LearnerWallet wallet) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            commands.send(new EraseWallet(wallet.walletId(), now));
            accounts.delete(wallet.walletId());
        });
    }

    private String open(String ref, String email) {
        if (accounts.holderOf(ref).isPresent()) {
            throw linkedElsewhere();
        }
        String walletId = UUID.randomUUID().toString();
        if (!accounts.create(walletId, caller.subject(), clock.instant())) {
            // a concurrent first call of the same learner opened it
            return accounts.walletOf(caller.subject()).orElseThrow();
        }
        accounts.addAddress(walletId, ref, email, clock.instant());
        commands.send(new OpenWallet(walletId, ref));
        return walletId;
    }

    /** The provider verified the address the learner signs in with now: link it if no other wallet holds it. */
    private String linkSignInAddress(String walletId, String ref, String email) {
        if (accounts.holderOf(ref).isEmpty()) {
            link(walletId, ref, email);
        }
        return walletId;
    }

    private static DomainRuleViolation linkedElsewhere() {
        return new DomainRuleViolation("address-linked-elsewhere", "This address is linked to another wallet; "
                + "unlink it there first");
    }
}
