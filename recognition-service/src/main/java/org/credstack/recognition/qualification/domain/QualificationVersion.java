package org.credstack.recognition.qualification.domain;

import java.time.Instant;

/** A published version of a qualification and the instant it took effect. */
public record QualificationVersion(int version, QualificationDefinition definition, Instant publishedAt) {
}
