package org.credstack.platform.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.domain.DomainRuleViolation;

/** A minimal event-sourced aggregate that emits a contract event, to drive the platform end to end. */
public class TestIssuer {

    public record RegisterTestIssuer(@TargetAggregateIdentifier String issuerId, String name) {
    }

    public record RenameTestIssuer(@TargetAggregateIdentifier String issuerId, String name) {
    }

    /** An internal event: stays in the event store, never reaches Kafka. */
    public record TestIssuerRenamed(String issuerId, String name) {
    }

    @AggregateIdentifier
    private String issuerId;
    private String name;

    protected TestIssuer() {
    }

    @CommandHandler
    public TestIssuer(RegisterTestIssuer command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new DomainRuleViolation("issuer-name-required", "An issuer needs a name",
                    DomainRuleViolation.Kind.INVALID);
        }
        apply(new IssuerRegistered(command.issuerId(), "did:web:localhost:issuers:" + command.issuerId(),
                command.name(), "https://example.org", "registrar@example.org", "NL", null, List.of()));
    }

    @CommandHandler
    public void handle(RenameTestIssuer command) {
        if (command.name().equals(name)) {
            throw new DomainRuleViolation("name-unchanged", "The issuer is already called " + name);
        }
        apply(new TestIssuerRenamed(issuerId, command.name()));
    }

    @EventSourcingHandler
    void on(IssuerRegistered event) {
        issuerId = event.issuerId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(TestIssuerRenamed event) {
        name = event.name();
    }
}
