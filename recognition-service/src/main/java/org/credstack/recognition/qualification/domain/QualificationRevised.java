package org.credstack.recognition.qualification.domain;

/**
 * Internal event: {@code version} is now the draft with this definition; the open draft when it has that number,
 * the next version opened as a draft when the previous one is published.
 */
public record QualificationRevised(String qualificationId, String issuerId, int version,
                                   QualificationDefinition definition) {
}
