package org.credstack.recognition.qualification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of one qualification in publication order, which is also the order of their instants
 * (the aggregate refuses a publication dated before the previous one).
 */
public record PublishedVersions(List<QualificationVersion> versions) {

    public static final PublishedVersions NONE = new PublishedVersions(List.of());

    public PublishedVersions {
        versions = List.copyOf(versions);
    }

    public PublishedVersions with(QualificationVersion version) {
        List<QualificationVersion> more = new ArrayList<>(versions);
        more.add(version);
        return new PublishedVersions(more);
    }

    /** The version learners are evaluated against at {@code at}: the last one published at or before it. */
    public Optional<QualificationVersion> inForceAt(Instant at) {
        QualificationVersion inForce = null;
        for (QualificationVersion v : versions) {
            if (!v.publishedAt().isAfter(at)) {
                inForce = v;
            }
        }
        return Optional.ofNullable(inForce);
    }

    public Optional<QualificationVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
