package org.credstack.recognition.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issuance issued the award's credential (CredentialIssued carrying the award id). */
public record RecordAwardIssued(@TargetAggregateIdentifier String awardId, String credentialId) {
}
