package org.credstack.recognition.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution keeps an award at risk, for a recorded reason. */
public record KeepAward(@TargetAggregateIdentifier String awardId, String issuerId, String actor, String reason) {
}
