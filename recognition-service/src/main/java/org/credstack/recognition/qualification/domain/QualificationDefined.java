package org.credstack.recognition.qualification.domain;

/** Internal event: a qualification was defined; version 1 is its draft. */
public record QualificationDefined(String qualificationId, String issuerId, int version,
                                   QualificationDefinition definition) {
}
