package org.credstack.recognition.learner;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.events.EventType;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.events.issuance.CredentialRecorded;
import org.credstack.events.issuance.CredentialStatusChange;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.persistence.CopyRows;
import org.credstack.platform.projection.ErasedRecipients;
import org.credstack.platform.projection.ProjectionContext;
import org.credstack.platform.projection.RebuildLoader;
import org.credstack.platform.projection.RebuildWriter;

/**
 * Loads a rebuild of learner-credentials with COPY. The credentials of each poll become rows (read with
 * {@link IssuedCredit}, without binding the signed credential), status changes that follow them in the same poll are
 * made on those rows, and the rows are copied in one statement, by a second thread while the next poll is consumed
 * and parsed ({@link RebuildWriter}); their learners are queued once each for re-evaluation. Status changes of
 * credentials written before are batched updates (their learner is already queued).
 * Every other event (catalogue, RPL decision, link, consent, erasure) first waits for everything before it to be
 * written and then goes through the live path, as live delivery would have it. The same outcome as
 * {@link LearnerCredentialProjection#applyAll}, row for row ({@code LearnerCredentialsRebuildTest}).
 */
final class LearnerCredentialLoader implements RebuildLoader {

    private final LearnerCredentialProjection projection;
    private final ProjectionContext context;
    private final Map<String, IssuedCredit> pending = new LinkedHashMap<>();
    private final List<CredentialStatusChange> laterChanges = new ArrayList<>();
    private final Set<String> toQueue = new LinkedHashSet<>();
    /** Learners queued in the fresh generation so far: this loader is its only writer. */
    private final Set<String> queued = new HashSet<>();
    /** The fresh generation's erasures so far. */
    private final ErasedRecipients.Met erased = new ErasedRecipients.Met();
    private final RebuildWriter writer = new RebuildWriter(LearnerCredentialProjection.NAME);

    LearnerCredentialLoader(LearnerCredentialProjection projection, ProjectionContext context) {
        this.projection = projection;
        this.context = context;
    }

    @Override
    public void load(ConsumerRecord<String, byte[]> record) throws UndecodableEventException, SQLException {
        if (CloudEventCodec.typeOf(record).map(EventType::javaType).orElse(null) == CredentialRecorded.class) {
            issued(record);
            return;
        }
        DecodedEvent event = CloudEventCodec.decode(record);
        CredentialStatusChange change = CredentialStatusChange.of(event.event(), event.metadata().occurredAt());
        if (change != null) {
            IssuedCredit row = pending.get(change.credentialId());
            if (row != null) {
                row.status = change.status();
            } else {
                laterChanges.add(change);
            }
            return;
        }
        finish();
        if (event.event() instanceof LearnerErased learnerErased) {
            projection.erase(learnerErased, context);
            queued.removeAll(learnerErased.recipientRefs());
            erased.remember(learnerErased);
        } else {
            projection.applyAll(List.of(event), context);
        }
    }

    private void issued(ConsumerRecord<String, byte[]> record) throws UndecodableEventException {
        IssuedCredit row;
        try {
            row = IssuedCredit.parse(record.value());
        } catch (IOException | RuntimeException e) {
            throw new UndecodableEventException(record.topic() + "-" + record.partition() + "@" + record.offset()
                    + ": unreadable CredentialRecorded: " + e.getMessage(), e);
        }
        if (erased.erases(row.recipientRef, row::issuedAt)) {
            return; // issued before its learner erased the wallet
        }
        if (pending.putIfAbsent(row.credentialId, row) == null && queued.add(row.recipientRef)) {
            toQueue.add(row.recipientRef);
        }
    }

    @Override
    public void flush() throws SQLException {
        pending.values().forEach(row -> row.appendTo(writer.rows()));
        pending.clear();
        List<CredentialStatusChange> changes = List.copyOf(laterChanges);
        laterChanges.clear();
        List<String> learners = List.copyOf(toQueue);
        toQueue.clear();
        writer.submit(batch -> write(batch, changes, learners));
    }

    @Override
    public void finish() throws SQLException {
        flush();
        writer.await();
    }

    @Override
    public void close() {
        writer.close();
    }

    private void write(CopyRows batch, List<CredentialStatusChange> changes, List<String> learners)
            throws SQLException {
        batch.copyInto(context.connection(), context.table(LearnerCredentialProjection.CREDENTIALS) + " "
                + IssuedCredit.COLUMNS);
        if (!changes.isEmpty()) {
            try (PreparedStatement update = context.connection().prepareStatement("UPDATE "
                    + context.table(LearnerCredentialProjection.CREDENTIALS) + " SET status = ? WHERE credential_id = ?")) {
                for (CredentialStatusChange change : changes) {
                    update.setString(1, change.status());
                    update.setString(2, change.credentialId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        if (!learners.isEmpty()) {
            LearnerCredentialProjection.queue(context.connection(), context, learners, Instant.now());
        }
    }
}
