package org.credstack.recognition.qualification.domain;

import java.time.Instant;

/**
 * Internal event, applied right after {@code QualificationPublished}: the instant from which the version published
 * is the one in force. The contract event v1 carries no time of its own, and the event's timestamp is the store's
 * clock, not the command's.
 */
public record QualificationVersionTookEffect(String qualificationId, int version, Instant publishedAt) {
}
