package org.credstack.recognition.equivalence.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * One credit transfer rule of an institution, from recording to withdrawal. Event-sourced so that the history of
 * what counted as what, when and on whose word, stays answerable after the rule is withdrawn.
 */
public class Equivalence {

    @AggregateIdentifier
    private String equivalenceId;
    private String issuerId;
    private boolean withdrawn;

    protected Equivalence() {
    }

    @CommandHandler
    public Equivalence(RecordEquivalence command) {
        if (command.credits() == null || command.credits().signum() <= 0
                || command.credits().stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation("equivalence-credits-invalid", "An equivalence counts for more than zero "
                    + "credits, at most two decimals, not " + command.credits(), DomainRuleViolation.Kind.INVALID);
        }
        if (command.externalIssuerId().equals(command.issuerId())) {
            throw new DomainRuleViolation("equivalence-of-own-achievement", "Credit transfer is for other "
                    + "institutions' achievements", DomainRuleViolation.Kind.INVALID);
        }
        apply(new EquivalenceRecorded(command.equivalenceId(), command.issuerId(), command.externalIssuerId(),
                command.externalAchievementId(), command.countsAs(), command.credits(),
                command.exceedsInternalCredits()));
    }

    /** Withdrawing twice changes nothing the second time: the client's retry is harmless. */
    @CommandHandler
    public void handle(WithdrawEquivalence command) {
        if (!issuerId.equals(command.issuerId())) {
            throw new NotFound("Equivalence", equivalenceId);
        }
        if (!withdrawn) {
            apply(new EquivalenceWithdrawn(equivalenceId, issuerId));
        }
    }

    @EventSourcingHandler
    void on(EquivalenceRecorded event) {
        equivalenceId = event.equivalenceId();
        issuerId = event.issuerId();
    }

    @EventSourcingHandler
    void on(EquivalenceWithdrawn event) {
        withdrawn = true;
    }
}
