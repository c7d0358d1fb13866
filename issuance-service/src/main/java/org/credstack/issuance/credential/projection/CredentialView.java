package org.credstack.issuance.credential.projection;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;

/** Keeps the credential table in step with the credential aggregate, in the same transaction as the command. */
@Singleton
public class CredentialView {

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
    }

    @EventHandler
    void on(CredentialRevoked event, @SequenceNumber long sequence) {
        change(event.credentialId(), CredentialStatus.REVOKED, event.reason(), event.revokedAt(), sequence);
    }

    /** CredentialSuspended carries no time of its own: the event's timestamp is when it happened. */
    @EventHandler
    void on(CredentialSuspended event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.credentialId(), CredentialStatus.SUSPENDED, event.reason(), at, sequence);
    }

    @EventHandler
    void on(CredentialReinstated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.credentialId(), CredentialStatus.ACTIVE, null, at, sequence);
    }

    private static void change(String credentialId, CredentialStatus status, String reason, Instant at,
                               long sequence) {
        CredentialRecord record = CredentialRecord.findById(credentialId);
        record.status = status;
        record.statusReason = reason;
        record.statusChangedAt = at;
        record.aggregateVersion = sequence;
    }
}
