package org.credstack.platform.projection;

import java.sql.Connection;

/** Where a projection writes: a connection in the running transaction, and the schema of the generation. */
public record ProjectionContext(Connection connection, String schema) {

    /** The schema-qualified name of one of the projection's tables. */
    public String table(String table) {
        return schema + "." + table;
    }
}
