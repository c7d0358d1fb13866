package org.credstack.recognition.qualification.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace the open draft, or open the next version as a draft when the current one is published. Run
 * {@link RuleCheck} first.
 *
 * @param expectedVersion the aggregate version the client saw ({@code If-Match}); {@code null} skips the check
 */
public record ReviseQualification(@TargetAggregateIdentifier String qualificationId, String issuerId,
                                  QualificationDefinition definition, @TargetAggregateVersion Long expectedVersion) {
}
