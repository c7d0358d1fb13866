package org.credstack.recognition.qualification.application;

import java.time.Instant;
import org.credstack.recognition.qualification.domain.QualificationDefinition;

/** One version of a qualification: the open draft ({@code publishedAt} null) or a published one. */
public record QualificationVersionRecord(int version, QualificationDefinition definition, Instant createdAt,
        Instant updatedAt, Instant publishedAt) {
}
