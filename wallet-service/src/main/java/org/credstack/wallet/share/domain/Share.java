package org.credstack.wallet.share.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/** A share link of one wallet. Revoking twice is a no-op; another wallet's share does not exist for it. */
public class Share {

    @AggregateIdentifier
    private String shareId;
    private String walletId;
    private boolean revoked;

    protected Share() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateShare command) {
        if (shareId != null) {
            throw new DomainRuleViolation("share-exists", "Share " + command.shareId() + " exists");
        }
        if (command.credentialIds().isEmpty()) {
            throw new DomainRuleViolation("share-empty", "A share names at least one credential",
                    DomainRuleViolation.Kind.INVALID);
        }
        apply(new ShareCreated(command.shareId(), command.walletId(), command.tokenHash(), command.credentialIds(),
                command.expiresAt(), command.maxViews()));
    }

    @CommandHandler
    public void handle(RevokeShare command) {
        if (!walletId.equals(command.walletId())) {
            throw new NotFound("Share", shareId);
        }
        if (!revoked) {
            apply(new ShareRevoked(shareId, walletId));
        }
    }

    @EventSourcingHandler
    void on(ShareCreated event) {
        shareId = event.shareId();
        walletId = event.walletId();
    }

    @EventSourcingHandler
    void on(ShareRevoked event) {
        revoked = true;
    }
}
