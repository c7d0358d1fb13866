package org.credstack.recognition.qualification.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An institution starts a qualification: its first version, as a draft. Run {@link RuleCheck} first. */
public record DefineQualification(@TargetAggregateIdentifier String qualificationId, String issuerId,
                                  QualificationDefinition definition) {
}
