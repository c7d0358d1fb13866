package org.credstack.recognition.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution withdraws the award: issuance revokes its credential, or the pending request is cancelled. */
public record WithdrawAward(@TargetAggregateIdentifier String awardId, String issuerId, String actor, String reason) {
}
