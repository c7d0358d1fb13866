package org.credstack.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Native SQL through the entity manager, in the caller's transaction: positional parameters {@code ?1, ?2, ...}
 * bound from the arguments in order, and the column values Hibernate hands back turned into what the code wants.
 */
public final class NativeRows {

    private NativeRows() {
    }

    /** The rows of a query, each an array of its columns. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> select(EntityManager em, String sql, Object... args) {
        return bind(em.createNativeQuery(sql), args).getResultList();
    }

    /** The values of a one-column query. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> column(EntityManager em, String sql, Object... args) {
        return bind(em.createNativeQuery(sql), args).getResultList();
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it touched. */
    public static int update(EntityManager em, String sql, Object... args) {
        return bind(em.createNativeQuery(sql), args).executeUpdate();
    }

    /** A TIMESTAMPTZ column as Hibernate returns it (Timestamp, OffsetDateTime or Instant, by version and type). */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    private static Query bind(Query query, Object... args) {
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query;
    }
}
