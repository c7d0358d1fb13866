package org.credstack.recognition.qualification.api;

import java.time.Instant;
import java.util.List;
import org.credstack.recognition.qualification.application.QualificationRecord;
import org.credstack.recognition.qualification.application.QualificationVersionRecord;

/** Qualifications in the order they were defined, without their rules (GET one for those). */
public record QualificationList(List<Summary> items) {

    public record Summary(String id, String issuerId, String name, QualificationRecord.State state,
            int latestVersion, Integer publishedVersion, Integer draftVersion, List<VersionSummary> versions,
            Instant updatedAt) {
    }

    /** A published version and when it took effect. */
    public record VersionSummary(int version, Instant publishedAt) {
    }

    static Summary of(QualificationRecord q) {
        return new Summary(q.qualificationId(), q.issuerId(), q.name(), q.state(), q.latestVersion(),
                q.publishedVersion(), q.draftVersion(), versions(q), q.updatedAt());
    }

    static Summary publishedOnly(QualificationRecord q) {
        List<QualificationVersionRecord> versions = q.published();
        QualificationVersionRecord newest = versions.get(versions.size() - 1);
        return new Summary(q.qualificationId(), q.issuerId(), newest.definition().name(), q.state(),
                newest.version(), newest.version(), null, versions(q), newest.publishedAt());
    }

    private static List<VersionSummary> versions(QualificationRecord q) {
        return q.published().stream().map(v -> new VersionSummary(v.version(), v.publishedAt())).toList();
    }
}
