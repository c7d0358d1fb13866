package org.credstack.recognition.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credstack.platform.persistence.NativeRows;

/** Reads the qualification tables for the API: read-your-writes, straight from the database. */
@ApplicationScoped
public class QualificationRows {

    @Inject
    EntityManager em;

    public Optional<QualificationRecord> find(String qualificationId) {
        return rows("q.qualification_id = ?1", qualificationId).stream().findFirst();
    }

    /** An institution's qualifications, oldest first. */
    public List<QualificationRecord> ofIssuer(String issuerId) {
        return rows("q.issuer_id = ?1", issuerId);
    }

    /** An institution's qualifications that have at least one published version, oldest first. */
    public List<QualificationRecord> publishedOf(String issuerId) {
        return rows("q.issuer_id = ?1 AND q.published_version IS NOT NULL", issuerId);
    }

    /**
     * The qualification rows are read before their versions: a change committed in between then shows newer
     * versions under an older ETag, which costs the client a 412 and a re-read, never an overwrite of unseen work.
     */
    private List<QualificationRecord> rows(String where, Object... args) {
        List<Object[]> qualifications = NativeRows.select(em, "SELECT q.qualification_id, q.issuer_id, q.name,"
                + " q.latest_version, q.draft_version, q.published_version, q.aggregate_version, q.created_at,"
                + " q.updated_at FROM qualification q WHERE " + where + " ORDER BY q.created_at, q.qualification_id",
                args);
        if (qualifications.isEmpty()) {
            return List.of();
        }
        Map<String, List<QualificationVersionRecord>> versions = new HashMap<>();
        for (Object[] v : NativeRows.select(em, "SELECT v.qualification_id, v.version, CAST(v.definition AS text),"
                + " v.created_at, v.updated_at, v.published_at FROM qualification_version v JOIN qualification q"
                + " ON q.qualification_id = v.qualification_id WHERE " + where + " ORDER BY v.version", args)) {
            versions.computeIfAbsent((String) v[0], id -> new ArrayList<>()).add(new QualificationVersionRecord(
                    ((Number) v[1]).intValue(), DefinitionJson.read((String) v[2]), NativeRows.instant(v[3]),
                    NativeRows.instant(v[4]), NativeRows.instant(v[5])));
        }
        return qualifications.stream()
                .map(q -> new QualificationRecord((String) q[0], (String) q[1], (String) q[2],
                        ((Number) q[3]).intValue(), integer(q[4]), integer(q[5]), ((Number) q[6]).longValue(),
                        NativeRows.instant(q[7]), NativeRows.instant(q[8]),
                        versions.getOrDefault((String) q[0], List.of())))
                .toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
