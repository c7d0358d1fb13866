package org.credstack.recognition.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff of the issuer confirm an award whose qualification asks for confirmation. */
public record ConfirmAward(@TargetAggregateIdentifier String awardId, String issuerId, String actor) {
}
