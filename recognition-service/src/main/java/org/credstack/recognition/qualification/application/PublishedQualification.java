package org.credstack.recognition.qualification.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.credstack.recognition.qualification.domain.Component;
import org.credstack.recognition.qualification.domain.QualificationDefinition;

/**
 * A published version of a qualification and the instant from which it is in force; {@code componentAchievements}
 * are the achievements its components name (not nested qualifications), computed once: every learner's evaluation
 * asks.
 */
public record PublishedQualification(String qualificationId, String issuerId, int version,
        QualificationDefinition definition, Instant publishedAt, Set<String> componentAchievements) {

    public PublishedQualification(String qualificationId, String issuerId, int version,
                                  QualificationDefinition definition, Instant publishedAt) {
        this(qualificationId, issuerId, version, definition, publishedAt, definition.rules().allComponents().stream()
                .map(Component::achievementId).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
    }
}
