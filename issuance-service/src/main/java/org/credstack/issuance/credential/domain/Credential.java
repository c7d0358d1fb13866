package org.credstack.issuance.credential.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.platform.domain.DomainRuleViolation;

/** A signed credential issued to one recipient, from one published version of an achievement. */
public class Credential {

    @AggregateIdentifier
    private String credentialId;
    private String issuerId;

    protected Credential() {
    }

    @CommandHandler
    public Credential(IssueCredential command) {
        if (!command.achievementIssuable()) {
            throw new DomainRuleViolation("achievement-version-not-issuable", "Only the published version of "
                    + "achievement " + command.achievementId() + " can be issued, not version "
                    + command.achievementVersion(), DomainRuleViolation.Kind.INVALID);
        }
        if (command.validUntil() != null && !command.validUntil().isAfter(command.validFrom())) {
            throw new DomainRuleViolation("valid-until-after-valid-from", "validUntil must be after validFrom",
                    DomainRuleViolation.Kind.INVALID);
        }
        apply(new CredentialIssued(command.credentialId(), command.issuerId(), command.achievementId(),
                command.achievementVersion(), command.recipientRef(), command.issuedAt(), command.validFrom(),
                command.validUntil(), command.credential(), command.credentialJwt(), command.achievement(),
                command.issuer(), command.status(), null, null));
    }

    @EventSourcingHandler
    void on(CredentialIssued event) {
        credentialId = event.credentialId();
        issuerId = event.issuerId();
    }
}
