package org.credstack.issuance.credential.projection;

import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.credstack.events.issuance.CredentialIssued;

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
}
