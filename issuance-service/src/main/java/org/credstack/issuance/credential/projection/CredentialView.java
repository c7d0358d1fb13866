package org.credstack.issuance.credential.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.statuslist.StatusLists;

/**
 * Keeps the credential table, the bits of the status lists, the expiry schedule and the notice outbox in step with
 * the credential aggregate, in the same transaction as the command: the served lists follow from the events, never the other way.
 */
@Singleton
public class CredentialView {

    @Inject
    StatusLists statusLists;
    @Inject
    EntityManager em;

    @EventHandler
    void on(CredentialIssued event, @SequenceNumber long sequence) {
        CredentialRecord record = new CredentialRecord();
        record.credentialId = event.credentialId();
        record.issuerId = event.issuerId();
        record.achievementId = event.achievementId();
        record.achievementVersion = event.achievementVersion();
        record.recipientRef = event.recipientRef();
        record.status = CredentialStatus.ACTIVE;
        record.issuedAt = event.issuedAt();
        record.validFrom = event.validFrom();
        record.validUntil = event.validUntil();
        record.signedJson = event.credential().toString();
        record.jwt = event.credentialJwt();
        record.aggregateVersion = sequence;
        record.persist();
        em.createNativeQuery("INSERT INTO credential_notice (credential_id, issuer_id, recipient_ref, due_at, "
                        + "issuer_name, achievement_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, event.credentialId()).setParameter(2, event.issuerId())
                .setParameter(3, event.recipientRef()).setParameter(4, event.issuedAt())
                .setParameter(5, event.issuer().name()).setParameter(6, event.achievement().name()).executeUpdate();
        if (event.validUntil() != null) {
            em.createNativeQuery("INSERT INTO credential_expiry (credential_id, issuer_id, due_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, event.credentialId()).setParameter(2, event.issuerId())
                    .setParameter(3, event.validUntil()).executeUpdate();
        }
    }

    @EventHandler
    void on(CredentialRevoked event, @SequenceNumber long sequence) {
        change(event.credentialId(), CredentialStatus.REVOKED, event.reason(), event.revokedAt(), sequence);
        statusLists.mark(event.credentialId(), StatusPurpose.REVOCATION, true);
        unschedule(event.credentialId());
    }

    /** Replacement revokes the credential in its status list: verifiers see it as revoked, the wallet as replaced. */
    @EventHandler
    void on(CredentialReplaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.credentialId(), CredentialStatus.REPLACED, event.reason(), at, sequence)
                .replacedBy = event.replacedBy();
        statusLists.mark(event.credentialId(), StatusPurpose.REVOCATION, true);
        unschedule(event.credentialId());
    }

    /** CredentialSuspended carries no time of its own: the event's timestamp is when it happened. */
    @EventHandler
    void on(CredentialSuspended event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.credentialId(), CredentialStatus.SUSPENDED, event.reason(), at, sequence);
        statusLists.mark(event.credentialId(), StatusPurpose.SUSPENSION, true);
    }

    @EventHandler
    void on(CredentialReinstated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.credentialId(), CredentialStatus.ACTIVE, null, at, sequence);
        statusLists.mark(event.credentialId(), StatusPurpose.SUSPENSION, false);
    }

    /** An expired credential's status bits stay as they were: expiry is in the credential itself (validUntil). */
    @EventHandler
    void on(CredentialExpired event, @SequenceNumber long sequence) {
        change(event.credentialId(), CredentialStatus.EXPIRED, null, event.expiredAt(), sequence);
        unschedule(event.credentialId());
    }

    private void unschedule(String credentialId) {
        em.createNativeQuery("DELETE FROM credential_expiry WHERE credential_id = ?1")
                .setParameter(1, credentialId).executeUpdate();
    }

    private static CredentialRecord change(String credentialId, CredentialStatus status, String reason, Instant at,
                                           long sequence) {
        CredentialRecord record = CredentialRecord.findById(credentialId);
        record.status = status;
        record.statusReason = reason;
        record.statusChangedAt = at;
        record.aggregateVersion = sequence;
        return record;
    }
}
