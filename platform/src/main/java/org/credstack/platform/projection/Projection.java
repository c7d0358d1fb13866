package org.credstack.platform.projection;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;

/**
 * A read model fed from Kafka. The platform runs it: it consumes the source topics, applies each record once (it
 * stores the last applied sequence per aggregate in the same transaction as the change and skips what it has
 * seen), dead-letters what still fails after bounded retries, and rebuilds it from offset zero into a fresh
 * generation of its tables while the current one keeps serving.
 *
 * <p>Each generation's tables live in their own PostgreSQL schema; readers use views of the same names in the
 * public schema, which the platform points at the serving generation.
 */
public interface Projection {

    /** Unique within the service; also names the consumer group {@code <service>.<name>}. */
    String name();

    /** The services whose events this projection reads. */
    Set<Service> sources();

    /**
     * The topics it reads: by default each source's own topic. A projection may read a further stream of a source
     * instead (recognition reads issuance's brief stream, decision D42).
     */
    default List<String> topics() {
        return sources().stream().map(Service::topic).sorted().toList();
    }

    /** The projection's tables (view names in the public schema). */
    List<String> tables();

    /** DDL that creates the tables of one generation inside {@code schema}. */
    List<String> createTables(String schema);

    /**
     * DDL of secondary indexes, run after {@link #createTables}: at once for the first generation, after the first
     * replay for a rebuild (building an index once is cheaper than maintaining it row by row while loading). Indexes
     * that applying events needs to be fast belong in {@link #createTables}.
     */
    default List<String> createIndexes(String schema) {
        return List.of();
    }

    /**
     * Additive DDL that brings a generation created by an earlier release up to {@link #createTables} (columns added
     * with {@code ADD COLUMN IF NOT EXISTS}, so that it runs any number of times): run on the serving generation when
     * the service starts, which then exposes its views again, new columns included. Any other change to a
     * projection's tables needs a rebuild.
     */
    default List<String> upgradeTables(String schema) {
        return List.of();
    }

    /**
     * Whether this projection applies events of {@code type}. Records of other types are skipped as they arrive,
     * before they are decoded or claimed, so that a projection of a few types does not pay for every event on its
     * topics. {@link LearnerErased} always reaches {@link #erase}. Default: every type.
     */
    default boolean applies(EventType type) {
        return true;
    }

    /** Applies one event; called inside a transaction, never twice for the same (aggregate, sequence). */
    void apply(DecodedEvent event, ProjectionContext context) throws SQLException;

    /**
     * Applies a run of events in their order, each never applied before; called inside a transaction. Override to
     * write them in batches (a rebuild replays the whole stream through here).
     */
    default void applyAll(List<DecodedEvent> events, ProjectionContext context) throws SQLException {
        for (DecodedEvent event : events) {
            apply(event, context);
        }
    }

    /**
     * A faster way to write a rebuild into its fresh generation, or {@code null} (the default) to replay through
     * {@link #applyAll} like live delivery. {@code context}'s connection is the loader's own, in auto-commit mode.
     */
    default RebuildLoader rebuildLoader(ProjectionContext context) {
        return null;
    }

    /** Purges everything this projection holds about the erased learner. */
    void erase(LearnerErased erased, ProjectionContext context) throws SQLException;
}
