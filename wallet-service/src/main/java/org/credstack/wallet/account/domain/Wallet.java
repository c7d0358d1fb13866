package org.credstack.wallet.account.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * A learner's wallet: the addresses (recipientRefs) whose credentials are theirs. Linking what is linked and
 * unlinking what is not are no-ops, so retries publish nothing twice; an erased wallet accepts nothing more.
 * Consents are the wallet's too: ConsentGranted and ConsentRevoked are keyed by the wallet.
 */
public class Wallet {

    @AggregateIdentifier
    private String walletId;
    private final Set<String> linked = new LinkedHashSet<>();
    /** Consents in force: id to the institution they were given to. */
    private final Map<String, String> consents = new HashMap<>();
    private boolean erased;

    protected Wallet() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenWallet command) {
        if (walletId != null) {
            throw new DomainRuleViolation("wallet-exists", "Wallet " + command.walletId() + " is already open");
        }
        apply(new WalletOpened(command.walletId()));
        apply(new RecipientLinked(command.walletId(), command.recipientRef()));
    }

    @CommandHandler
    public void handle(LinkRecipient command) {
        requireOpen();
        if (!linked.contains(command.recipientRef())) {
            apply(new RecipientLinked(walletId, command.recipientRef()));
        }
    }

    @CommandHandler
    public void handle(UnlinkRecipient command) {
        requireOpen();
        if (!linked.contains(command.recipientRef())) {
            return;
        }
        if (linked.size() == 1) {
            throw new DomainRuleViolation("last-address", "The last address of a wallet cannot be unlinked; "
                    + "delete the wallet instead");
        }
        apply(new RecipientUnlinked(walletId, command.recipientRef()));
    }

    @CommandHandler
    public void handle(GrantConsent command) {
        requireOpen();
        apply(new ConsentGranted(command.consentId(), walletId, command.granteeTenant(), command.credentialIds(),
                command.purpose(), command.expiresAt()));
    }

    @CommandHandler
    public void handle(RevokeConsent command) {
        requireOpen();
        String grantee = consents.get(command.consentId());
        if (grantee == null) {
            throw new NotFound("Consent", command.consentId());
        }
        apply(new ConsentRevoked(command.consentId(), walletId, grantee));
    }

    @CommandHandler
    public void handle(RecordImport command) {
        requireOpen();
        apply(new CredentialImported(walletId, command.importId(), command.outcome()));
    }

    @CommandHandler
    public void handle(EraseWallet command) {
        requireOpen();
        apply(new LearnerErased(walletId, new ArrayList<>(linked), command.erasedAt()));
    }

    private void requireOpen() {
        if (erased) {
            throw new DomainRuleViolation("wallet-erased", "Wallet " + walletId + " was erased");
        }
    }

    @EventSourcingHandler
    void on(WalletOpened event) {
        walletId = event.walletId();
    }

    @EventSourcingHandler
    void on(RecipientLinked event) {
        linked.add(event.recipientRef());
    }

    @EventSourcingHandler
    void on(RecipientUnlinked event) {
        linked.remove(event.recipientRef());
    }

    @EventSourcingHandler
    void on(ConsentGranted event) {
        consents.put(event.consentId(), event.granteeTenant());
    }

    @EventSourcingHandler
    void on(ConsentRevoked event) {
        consents.remove(event.consentId());
    }

    @EventSourcingHandler
    void on(LearnerErased event) {
        erased = true;
        linked.clear();
    }
}
