package org.credstack.issuance.issuer.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.domain.DomainRuleViolation;

/** An institution that issues credentials: the tenant of issuance. Keys and profile changes follow in later work. */
public class Issuer {

    @AggregateIdentifier
    private String issuerId;

    protected Issuer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterIssuer command) {
        if (issuerId != null) {
            throw new DomainRuleViolation("issuer-already-registered",
                    "Issuer " + command.issuerId() + " is already registered");
        }
        apply(new IssuerRegistered(command.issuerId(), command.did(), command.name(), command.url(),
                command.email(), command.country(), command.accreditation(), List.of()));
    }

    @EventSourcingHandler
    void on(IssuerRegistered event) {
        issuerId = event.issuerId();
    }
}
