package org.credstack.platform.projection;

import java.sql.SQLException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.events.cloudevents.UndecodableEventException;

/**
 * Writes a rebuild into its fresh generation faster than live delivery can. Nothing else writes that generation until
 * it is switched to, so a loader may buffer, write with COPY and commit as it goes: an aborted rebuild's generation is
 * dropped and started again. The platform hands it each record once (deduplicated by aggregate and sequence, in order
 * per aggregate), only records of types the projection {@linkplain Projection#applies applies} and LearnerErased, and
 * writes the applied positions itself at the end.
 */
public interface RebuildLoader extends AutoCloseable {

    /**
     * Takes one record. Throws {@link UndecodableEventException} for a record it cannot read: that record is
     * dead-lettered and the rebuild carries on.
     */
    void load(ConsumerRecord<String, byte[]> record) throws UndecodableEventException, SQLException;

    /** Writes everything taken so far, or starts to (a loader may write while the next poll is read); after every poll. */
    void flush() throws SQLException;

    /** Writes everything taken so far and returns when it is written; at the end of the replay. */
    default void finish() throws SQLException {
        flush();
    }

    /** Releases what the loader holds, written or not (also after a failed rebuild). */
    @Override
    default void close() {
    }
}
