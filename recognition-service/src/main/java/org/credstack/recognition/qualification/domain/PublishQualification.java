package org.credstack.recognition.qualification.domain;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Publish the open draft: learners are evaluated against it from {@code publishedAt} on. Run {@link RuleCheck} on
 * the draft first: components may have changed since it was saved.
 *
 * @param publishedAt the application's clock reading; the aggregate reads no clock
 */
public record PublishQualification(@TargetAggregateIdentifier String qualificationId, String issuerId,
                                   Instant publishedAt, @TargetAggregateVersion Long expectedVersion) {

    public PublishQualification {
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
