package org.credstack.wallet.credential.projection;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.events.EventType;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialStatusChange;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.persistence.CopyRows;
import org.credstack.platform.projection.ErasedRecipients;
import org.credstack.platform.projection.ProjectionContext;
import org.credstack.platform.projection.RebuildLoader;
import org.credstack.platform.projection.RebuildWriter;

/**
 * Loads a rebuild of the wallet's credentials with COPY: the credentials of each poll are kept as rows, the status
 * changes that follow them in the same poll are made on those rows, and the rows are copied in one statement; status
 * changes of credentials copied before are batched updates after the copy. One poll is written by a second thread
 * while the next is read and parsed (PostgreSQL, not parsing, is the slower half). An erasure first waits for
 * everything before it to be written, as live delivery would have. The same outcome as {@link WalletCredentialProjection#applyAll}, row for row
 * ({@code WalletCredentialsRebuildTest}).
 */
final class WalletCredentialLoader implements RebuildLoader {

    private final WalletCredentialProjection projection;
    private final ProjectionContext context;
    private final Map<String, IssuedRow> pending = new LinkedHashMap<>();
    private final List<CredentialStatusChange> laterChanges = new ArrayList<>();
    /** The fresh generation's erasures so far: this loader is their only writer. */
    private final ErasedRecipients.Met erased = new ErasedRecipients.Met();
    private final RebuildWriter writer = new RebuildWriter(WalletCredentialProjection.NAME);

    WalletCredentialLoader(WalletCredentialProjection projection, ProjectionContext context) {
        this.projection = projection;
        this.context = context;
    }

    @Override
    public void load(ConsumerRecord<String, byte[]> record) throws UndecodableEventException, SQLException {
        if (CloudEventCodec.typeOf(record).map(EventType::javaType).orElse(null) == CredentialIssued.class) {
            issued(record);
            return;
        }
        DecodedEvent event = CloudEventCodec.decode(record);
        if (event.event() instanceof LearnerErased learnerErased) {
            finish();
            projection.erase(learnerErased, context);
            erased.remember(learnerErased);
            return;
        }
        CredentialStatusChange change = CredentialStatusChange.of(event.event(), event.metadata().occurredAt());
        IssuedRow row = change == null ? null : pending.get(change.credentialId());
        if (row != null) {
            StatusChange.applyTo(change, row);
        } else if (change != null) {
            laterChanges.add(change);
        }
    }

    private void issued(ConsumerRecord<String, byte[]> record) throws UndecodableEventException {
        IssuedRow row;
        try {
            row = IssuedRow.parse(record.value());
        } catch (IOException | RuntimeException e) {
            throw new UndecodableEventException(record.topic() + "-" + record.partition() + "@" + record.offset()
                    + ": unreadable CredentialIssued: " + e.getMessage(), e);
        }
        if (erased.erases(row.recipientRef, row::issuedAt)) {
            return; // issued before its learner erased the wallet
        }
        pending.putIfAbsent(row.credentialId, row);
    }

    @Override
    public void flush() throws SQLException {
        for (IssuedRow row : pending.values()) {
            row.appendTo(writer.rows());
        }
        pending.clear();
        List<CredentialStatusChange> changes = List.copyOf(laterChanges);
        laterChanges.clear();
        writer.submit(batch -> write(batch, changes));
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

    private void write(CopyRows batch, List<CredentialStatusChange> changes) throws SQLException {
        batch.copyInto(context.connection(), context.table(WalletCredentialProjection.TABLE) + " " + IssuedRow.COLUMNS);
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = context.connection().prepareStatement(
                WalletCredentialProjection.STATUS.formatted(context.table(WalletCredentialProjection.TABLE)))) {
            for (CredentialStatusChange change : changes) {
                StatusChange.bind(change, update);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
