package org.credstack.recognition.equivalence.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution no longer grants this credit transfer; credentials counted through it stop counting. */
public record WithdrawEquivalence(@TargetAggregateIdentifier String equivalenceId, String issuerId) {
}
