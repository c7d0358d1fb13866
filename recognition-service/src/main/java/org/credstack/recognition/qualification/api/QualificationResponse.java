package org.credstack.recognition.qualification.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.credstack.recognition.qualification.application.DefinitionJson;
import org.credstack.recognition.qualification.application.QualificationRecord;
import org.credstack.recognition.qualification.application.QualificationVersionRecord;

/**
 * A qualification with its open draft and every published version. Other institutions and learners see the
 * published versions only: {@code draft} and {@code draftVersion} are then null.
 */
public record QualificationResponse(String id, String issuerId, String name, QualificationRecord.State state,
        int latestVersion, Integer publishedVersion, Integer draftVersion, Instant createdAt, Instant updatedAt,
        Draft draft, List<Published> versions) {

    public record Draft(int version, JsonNode definition, Instant updatedAt) {
    }

    public record Published(int version, JsonNode definition, Instant publishedAt) {
    }

    static QualificationResponse of(QualificationRecord q) {
        Draft draft = q.draft().map(d -> new Draft(d.version(), DefinitionJson.tree(d.definition()), d.updatedAt()))
                .orElse(null);
        return new QualificationResponse(q.qualificationId(), q.issuerId(), q.name(), q.state(), q.latestVersion(),
                q.publishedVersion(), q.draftVersion(), q.createdAt(), q.updatedAt(), draft, published(q));
    }

    /** What anyone outside the institution may see: the versions in force now or before. */
    static QualificationResponse publishedOnly(QualificationRecord q) {
        List<QualificationVersionRecord> versions = q.published();
        QualificationVersionRecord newest = versions.get(versions.size() - 1);
        return new QualificationResponse(q.qualificationId(), q.issuerId(), newest.definition().name(), q.state(),
                newest.version(), newest.version(), null, versions.get(0).publishedAt(), newest.publishedAt(), null,
                published(q));
    }

    private static List<Published> published(QualificationRecord q) {
        return q.published().stream().map(v -> new Published(v.version(), DefinitionJson.tree(v.definition()),
                v.publishedAt())).toList();
    }
}
