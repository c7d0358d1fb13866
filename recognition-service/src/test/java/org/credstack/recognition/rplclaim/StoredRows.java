package org.credstack.recognition.rplclaim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the service's mutable RPL tables hold for a claim, counted straight from PostgreSQL. */
@ApplicationScoped
public class StoredRows {

    @Inject
    DataSource dataSource;

    /** Rows of {@code table} (one of the RPL tables keyed by claim_id) for the claim. */
    public long count(String table, String claimId) {
        if (!table.matches("rpl_[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE claim_id = ?")) {
            select.setString(1, claimId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
