package org.credstack.recognition.qualification.application;

import java.time.Instant;
import org.credstack.recognition.qualification.domain.QualificationDefinition;

/** A published version of a qualification and the instant from which it is in force. */
public record PublishedQualification(String qualificationId, String issuerId, int version,
        QualificationDefinition definition, Instant publishedAt) {
}
