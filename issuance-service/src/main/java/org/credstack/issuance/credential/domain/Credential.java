package org.credstack.issuance.credential.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import java.time.Instant;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.platform.domain.DomainRuleViolation;

/** A signed credential issued to one recipient, from one published version of an achievement. */
public class Credential {

    @AggregateIdentifier
    private String credentialId;
    private String issuerId;
    private String recipientRef;
    /** Whether it was issued with a suspension status entry (its achievement allowed suspension). */
    private boolean suspendable;
    private Instant validUntil;
    /** Revoked, or replaced (which revokes it in its status list): final either way. */
    private boolean revoked;
    private boolean replaced;
    private boolean suspended;
    private boolean expired;

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
                command.issuer(), command.status(), command.replaces(), command.batchId(), command.awardId()));
    }

    @CommandHandler
    void handle(RevokeCredential command) {
        requireReason(command.reason());
        if (revoked) {
            throw new DomainRuleViolation("credential-already-revoked", "Credential " + credentialId
                    + (replaced ? " was replaced, which revoked it" : " is already revoked") + ": revocation is final");
        }
        apply(new CredentialRevoked(credentialId, issuerId, recipientRef, command.reason(), command.revokedAt()));
    }

    /**
     * Expiry is idempotent: the schedule may deliver it again (a retry, a second replica), and a revoked or
     * replaced credential has nothing left to expire.
     */
    @CommandHandler
    void handle(ExpireCredential command) {
        if (expired || revoked || validUntil == null) {
            return;
        }
        if (command.now().isBefore(validUntil)) {
            throw new DomainRuleViolation("credential-not-yet-expired", "Credential " + credentialId
                    + " is valid until " + validUntil);
        }
        apply(new CredentialExpired(credentialId, issuerId, recipientRef, validUntil));
    }

    @CommandHandler
    void handle(ReplaceCredential command) {
        requireReason(command.reason());
        if (revoked) {
            throw new DomainRuleViolation("credential-revoked", "Credential " + credentialId
                    + (replaced ? " was already replaced" : " is revoked") + ": it can no longer be replaced");
        }
        apply(new CredentialReplaced(credentialId, issuerId, recipientRef, command.replacedBy(), command.reason()));
    }

    @CommandHandler
    void handle(SuspendCredential command) {
        requireReason(command.reason());
        requireNotRevoked();
        requireNotExpired();
        if (!suspendable) {
            throw new DomainRuleViolation("suspension-not-allowed", "The achievement of credential " + credentialId
                    + " does not allow suspension", DomainRuleViolation.Kind.INVALID);
        }
        if (suspended) {
            throw new DomainRuleViolation("credential-already-suspended", "Credential " + credentialId
                    + " is already suspended");
        }
        apply(new CredentialSuspended(credentialId, issuerId, recipientRef, command.reason()));
    }

    @CommandHandler
    void handle(ReinstateCredential command) {
        requireNotRevoked();
        requireNotExpired();
        if (!suspended) {
            throw new DomainRuleViolation("credential-not-suspended", "Credential " + credentialId
                    + " is not suspended");
        }
        apply(new CredentialReinstated(credentialId, issuerId, recipientRef));
    }

    private void requireNotRevoked() {
        if (revoked) {
            throw new DomainRuleViolation("credential-revoked", "Credential " + credentialId
                    + (replaced ? " was replaced" : " is revoked") + ": it can no longer be suspended or reinstated");
        }
    }

    private void requireNotExpired() {
        if (expired) {
            throw new DomainRuleViolation("credential-expired", "Credential " + credentialId + " expired at "
                    + validUntil + ": it can no longer be suspended or reinstated");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason-required", "A reason is required",
                    DomainRuleViolation.Kind.INVALID);
        }
    }

    @EventSourcingHandler
    void on(CredentialIssued event) {
        credentialId = event.credentialId();
        issuerId = event.issuerId();
        recipientRef = event.recipientRef();
        validUntil = event.validUntil();
        suspendable = event.status() != null
                && event.status().stream().anyMatch(entry -> entry.purpose() == StatusPurpose.SUSPENSION);
    }

    @EventSourcingHandler
    void on(CredentialRevoked event) {
        revoked = true;
    }

    @EventSourcingHandler
    void on(CredentialReplaced event) {
        revoked = true;
        replaced = true;
    }

    @EventSourcingHandler
    void on(CredentialExpired event) {
        expired = true;
    }

    @EventSourcingHandler
    void on(CredentialSuspended event) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(CredentialReinstated event) {
        suspended = false;
    }
}
