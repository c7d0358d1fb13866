package org.credstack.recognition.qualification.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A qualification as its table shows it, with every version: the open draft and the published ones.
 *
 * @param aggregateVersion the aggregate's last sequence number: the ETag, and what If-Match must name
 */
public record QualificationRecord(String qualificationId, String issuerId, String name, int latestVersion,
        Integer draftVersion, Integer publishedVersion, long aggregateVersion, Instant createdAt, Instant updatedAt,
        List<QualificationVersionRecord> versions) {

    public QualificationRecord {
        versions = List.copyOf(versions);
    }

    public State state() {
        return publishedVersion == null ? State.DRAFT : State.PUBLISHED;
    }

    public Optional<QualificationVersionRecord> draft() {
        return versions.stream().filter(v -> v.publishedAt() == null).findFirst();
    }

    /** The published versions, oldest first. */
    public List<QualificationVersionRecord> published() {
        return versions.stream().filter(v -> v.publishedAt() != null).toList();
    }

    public enum State {
        /** Never published: learners cannot see it and nobody is evaluated against it. */
        DRAFT,
        /** At least one version is in force; a newer draft may be open. */
        PUBLISHED
    }
}
