package org.credstack.recognition.qualification;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.catalog.CatalogQualifications;
import org.credstack.recognition.catalog.Revisions;
import org.credstack.recognition.qualification.application.DefinitionJson;
import org.credstack.recognition.qualification.domain.Component;
import org.credstack.recognition.qualification.domain.QualificationDefined;
import org.credstack.recognition.qualification.domain.QualificationDefinition;
import org.credstack.recognition.qualification.domain.QualificationRevised;
import org.credstack.recognition.qualification.domain.QualificationVersionTookEffect;

/**
 * Keeps {@code qualification} and {@code qualification_version} in step with the aggregates, in the command's
 * transaction, and bumps the revision that tells every replica's caches to reload.
 */
@Singleton
public class QualificationView {

    @Inject
    EntityManager em;
    @Inject
    Revisions revisions;

    @EventHandler
    void on(QualificationDefined event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "INSERT INTO qualification (qualification_id, issuer_id, name, latest_version,"
                        + " draft_version, aggregate_version, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4, ?5,"
                        + " ?6, ?6)", event.qualificationId(), event.issuerId(), event.definition().name(),
                event.version(), sequence, at);
        writeVersion(event.qualificationId(), event.version(), event.definition(), at);
        revisions.bump(CatalogQualifications.REVISION);
    }

    @EventHandler
    void on(QualificationRevised event, @Timestamp Instant at, @SequenceNumber long sequence) {
        writeVersion(event.qualificationId(), event.version(), event.definition(), at);
        NativeRows.update(em, "UPDATE qualification SET name = ?2, latest_version = ?3, draft_version = ?3,"
                        + " aggregate_version = ?4, updated_at = ?5 WHERE qualification_id = ?1",
                event.qualificationId(), event.definition().name(), event.version(), sequence, at);
        revisions.bump(CatalogQualifications.REVISION);
    }

    @EventHandler
    void on(QualificationPublished event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "UPDATE qualification SET published_version = ?2, draft_version = NULL,"
                        + " aggregate_version = ?3, updated_at = ?4 WHERE qualification_id = ?1",
                event.qualificationId(), event.version(), sequence, at);
    }

    /** The instant the version is in force from is the command's, carried by this event, not the store's clock. */
    @EventHandler
    void on(QualificationVersionTookEffect event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "UPDATE qualification_version SET published_at = ?3, updated_at = ?4"
                + " WHERE qualification_id = ?1 AND version = ?2", event.qualificationId(), event.version(),
                event.publishedAt(), at);
        NativeRows.update(em, "UPDATE qualification SET aggregate_version = ?2, updated_at = ?3"
                + " WHERE qualification_id = ?1", event.qualificationId(), sequence, at);
        revisions.bump(CatalogQualifications.REVISION);
    }

    /** Inserts a version, or rewrites the open draft of that number. */
    private void writeVersion(String qualificationId, int version, QualificationDefinition definition, Instant at) {
        String[] nested = definition.rules().allComponents().stream().filter(Component::nested)
                .map(Component::qualificationId).distinct().toArray(String[]::new);
        NativeRows.update(em, "INSERT INTO qualification_version AS v (qualification_id, version, name, definition,"
                        + " nested_qualification_ids, created_at, updated_at) VALUES (?1, ?2, ?3, CAST(?4 AS jsonb),"
                        + " ?5, ?6, ?6) ON CONFLICT (qualification_id, version) DO UPDATE SET name = EXCLUDED.name,"
                        + " definition = EXCLUDED.definition, nested_qualification_ids ="
                        + " EXCLUDED.nested_qualification_ids, updated_at = EXCLUDED.updated_at"
                        + " WHERE v.published_at IS NULL",
                qualificationId, version, definition.name(), DefinitionJson.write(definition), nested, at);
    }
}
