package org.credstack.recognition.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A credential the award counted stopped counting (revoked, suspended, expired, replaced). */
public record FlagAwardAtRisk(@TargetAggregateIdentifier String awardId, String credentialId, String status) {
}
