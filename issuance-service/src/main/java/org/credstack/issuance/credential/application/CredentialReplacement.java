package org.credstack.issuance.credential.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.credstack.issuance.credential.domain.ReplaceCredential;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.recipient.RecipientRecord;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * Amends a credential by re-issue: the corrected credential is issued and the old one marked replaced (revoked in
 * its status list) in one transaction, so that there is never a moment with both or neither valid.
 */
@ApplicationScoped
public class CredentialReplacement {

    @Inject
    CredentialIssuer issuer;
    @Inject
    Commands commands;

    /** What changes; a null field keeps the replaced credential's value. */
    public record Amendment(String reason, String email, String learnerId, String displayName,
                            Integer achievementVersion, java.time.Instant validFrom, java.time.Instant validUntil) {
    }

    public IssuedCredential replace(String tenant, String credentialId, Amendment amendment, Long expectedVersion) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CredentialRecord old = CredentialStatusChanges.visible(tenant, credentialId);
            if (expectedVersion != null && expectedVersion != old.aggregateVersion) {
                throw CredentialStatusChanges.stale(credentialId, expectedVersion);
            }
            IssuedCredential successor = issuer.issue(new IssueRequest(tenant, old.achievementId,
                    amendment.achievementVersion(), amendment.email() != null ? amendment.email()
                    : recipientEmail(old), amendment.learnerId(), amendment.displayName(),
                    amendment.validFrom() != null ? amendment.validFrom() : old.validFrom,
                    amendment.validUntil() != null ? amendment.validUntil() : old.validUntil).replacing(credentialId));
            try {
                commands.send(new ReplaceCredential(credentialId, successor.credentialId(), amendment.reason(),
                        expectedVersion));
            } catch (ConflictingModificationException e) {
                throw CredentialStatusChanges.stale(credentialId, expectedVersion);
            }
            return successor;
        });
    }

    /** The learner erased their data: the re-issue needs the address given again. */
    private static String recipientEmail(CredentialRecord old) {
        RecipientRecord recipient = RecipientRecord.findById(new RecipientRecord.Key(old.recipientRef, old.issuerId));
        if (recipient == null) {
            throw new DomainRuleViolation("recipient-unknown", "The recipient of credential " + old.credentialId
                    + " is no longer known (erased): give recipient.email", DomainRuleViolation.Kind.INVALID);
        }
        return recipient.email;
    }
}
