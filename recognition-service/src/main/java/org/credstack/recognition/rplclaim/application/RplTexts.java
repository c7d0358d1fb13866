package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.rplclaim.domain.NarrativeEntry;
import org.credstack.recognition.rplclaim.domain.Sha256;

/**
 * The mutable side of a claim: what the learner wrote or chose (narratives, appeal reason, file names, portfolio
 * URLs, external credential documents) and the evidence files. Every write runs in the transaction of the command
 * whose event refers to it by digest, so neither exists without the other; {@link #erase} empties it all.
 */
@ApplicationScoped
public class RplTexts {

    /** A claim's texts, read back for its details and history. */
    public record ClaimTexts(Map<String, String> narratives, String appealReason, Map<String, Detail> evidence) {
    }

    /** What the learner chose for one piece of evidence: a file's name, a link's URL, a credential's document. */
    public record Detail(String name, String url, String document) {
    }

    /** An evidence file with its bytes. */
    public record StoredFile(String fileId, String claimId, String name, String mediaType, long sizeBytes,
                             String sha256, byte[] content) {
    }

    @Inject
    EntityManager em;

    void storeNarrative(String claimId, List<NarrativeEntry> narrative) {
        for (NarrativeEntry entry : narrative) {
            store(claimId, "narrative", entry.outcomeId(), entry.text());
        }
    }

    void storeAppealReason(String claimId, String reason) {
        store(claimId, "appeal-reason", "", reason);
    }

    private void store(String claimId, String kind, String ref, String body) {
        NativeRows.update(em, "INSERT INTO rpl_claim_text (claim_id, kind, ref, body, sha256)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)", claimId, kind, ref, body, Sha256.ofText(body));
    }

    /** A retry that adds evidence already on the claim changes nothing: its first detail stays. */
    void storeDetail(String claimId, String evidenceKey, Detail detail, Instant at) {
        NativeRows.update(em, "INSERT INTO rpl_evidence_detail (claim_id, evidence_key, name, url, document,"
                        + " added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING", claimId, evidenceKey,
                detail.name(), detail.url(), detail.document(), Timestamp.from(at));
    }

    void storeFile(StoredFile file, Instant at) {
        NativeRows.update(em, "INSERT INTO rpl_evidence_file (file_id, claim_id, media_type, size_bytes, sha256,"
                        + " content, stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", file.fileId(), file.claimId(),
                file.mediaType(), file.sizeBytes(), file.sha256(), file.content(), Timestamp.from(at));
    }

    public ClaimTexts read(String claimId) {
        Map<String, String> narratives = new HashMap<>();
        String reason = null;
        for (Object[] row : NativeRows.select(em, "SELECT kind, ref, body FROM rpl_claim_text WHERE claim_id = ?1",
                claimId)) {
            if ("narrative".equals(row[0])) {
                narratives.put((String) row[1], (String) row[2]);
            } else {
                reason = (String) row[2];
            }
        }
        Map<String, Detail> evidence = new HashMap<>();
        for (Object[] row : NativeRows.select(em, "SELECT evidence_key, name, url, document FROM rpl_evidence_detail"
                + " WHERE claim_id = ?1", claimId)) {
            evidence.put((String) row[0], new Detail((String) row[1], (String) row[2], (String) row[3]));
        }
        return new ClaimTexts(narratives, reason, evidence);
    }

    public Optional<StoredFile> file(String claimId, String fileId) {
        return NativeRows.select(em, "SELECT f.file_id, f.claim_id, d.name, f.media_type, f.size_bytes, f.sha256,"
                        + " f.content FROM rpl_evidence_file f LEFT JOIN rpl_evidence_detail d ON d.claim_id ="
                        + " f.claim_id AND d.evidence_key = 'file:' || f.file_id WHERE f.claim_id = ?1"
                        + " AND f.file_id = ?2", claimId, fileId).stream()
                .map(r -> new StoredFile((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).longValue(), (String) r[5], (byte[]) r[6]))
                .findFirst();
    }

    /** Deletes everything the learner gave for the claim: on RplClaimErased, in the erasing command's transaction. */
    void erase(String claimId) {
        NativeRows.update(em, "DELETE FROM rpl_claim_text WHERE claim_id = ?1", claimId);
        NativeRows.update(em, "DELETE FROM rpl_evidence_detail WHERE claim_id = ?1", claimId);
        NativeRows.update(em, "DELETE FROM rpl_evidence_file WHERE claim_id = ?1", claimId);
    }
}
