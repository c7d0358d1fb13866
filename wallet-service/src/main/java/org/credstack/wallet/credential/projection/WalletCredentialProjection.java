package org.credstack.wallet.credential.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credstack.events.EventJson;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialStatusChange;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.Skill;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.projection.ErasedRecipients;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;
import org.credstack.platform.projection.RebuildLoader;

/**
 * Every credential of every institution, by recipientRef, with its live status: what learners' wallets show. Built
 * from credstack.issuance.v1 alone. Idempotent and order-safe per credential: all events of a credential share its
 * partition (key = credential id), and the platform applies each (credential, sequence) once, in order.
 */
@ApplicationScoped
public class WalletCredentialProjection implements Projection {

    public static final String NAME = "wallet-credentials";
    public static final String TABLE = "wallet_credential";
    /**
     * Erased learners' recipientRefs with the time of erasure. The issuance and wallet topics are replayed in no
     * particular order relative to each other, so a rebuild may meet LearnerErased before the credentials it erased:
     * without this, a rebuild would bring them back. A credential issued after the erasure is shown again.
     */
    static final String ERASED = "wallet_erased_recipient";

    private static final Set<Class<?>> TYPES = Set.of(CredentialIssued.class, CredentialRevoked.class,
            CredentialSuspended.class, CredentialReinstated.class, CredentialExpired.class, CredentialReplaced.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.ISSUANCE, Service.WALLET); // the wallet topic for LearnerErased
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, ERASED);
    }

    @Override
    public List<String> createTables(String schema) {
        String table = schema + "." + TABLE;
        return List.of("CREATE TABLE " + table + " (credential_id VARCHAR(64) PRIMARY KEY,"
                        + " recipient_ref VARCHAR(64) NOT NULL, issuer_id VARCHAR(64) NOT NULL,"
                        + " issuer_did VARCHAR(512) NOT NULL, issuer_name VARCHAR(512) NOT NULL,"
                        + " achievement_id VARCHAR(64) NOT NULL, achievement_version INT NOT NULL,"
                        + " achievement_name VARCHAR(512) NOT NULL, achievement_type VARCHAR(64) NOT NULL,"
                        + " credits NUMERIC(8, 2), workload_hours INT, eqf_level INT, skills TEXT[] NOT NULL,"
                        + " issued_at TIMESTAMPTZ NOT NULL, valid_from TIMESTAMPTZ NOT NULL, valid_until TIMESTAMPTZ,"
                        + " status VARCHAR(16) NOT NULL, status_changed_at TIMESTAMPTZ, status_reason TEXT,"
                        + " replaced_by VARCHAR(64), replaces VARCHAR(64), credential TEXT NOT NULL,"
                        + " credential_jwt TEXT)",
                // Signed credentials and JWTs hardly compress (signatures, base64) but pglz costs PostgreSQL more CPU
                // than anything else in a rebuild's COPY: stored as they are (D30).
                "ALTER TABLE " + table + " ALTER COLUMN credential SET STORAGE EXTERNAL,"
                        + " ALTER COLUMN credential_jwt SET STORAGE EXTERNAL",
                ErasedRecipients.createTable(schema + "." + ERASED));
    }

    @Override
    public List<String> createIndexes(String schema) {
        return List.of("CREATE INDEX ON " + schema + "." + TABLE
                + " (recipient_ref, issued_at DESC, credential_id DESC)");
    }

    @Override
    public boolean applies(EventType type) {
        return TYPES.contains(type.javaType());
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) throws SQLException {
        applyAll(List.of(event), context);
    }

    /**
     * Writes a run of events with two JDBC batches, one of inserts (CredentialIssued) and one of status updates,
     * flushing one before the other whenever the kind changes, so that a credential's row exists before its status
     * changes. A rebuild replays the whole stream through here.
     */
    @Override
    public void applyAll(List<DecodedEvent> events, ProjectionContext context) throws SQLException {
        Connection c = context.connection();
        Map<String, Instant> erased = erasedAmong(events, context);
        try (PreparedStatement insert = c.prepareStatement(INSERT.formatted(context.table(TABLE)));
             PreparedStatement status = c.prepareStatement(STATUS.formatted(context.table(TABLE)))) {
            int inserts = 0;
            int updates = 0;
            for (DecodedEvent event : events) {
                Object e = event.event();
                if (e instanceof CredentialIssued issued) {
                    Instant erasedAt = erased.get(issued.recipientRef());
                    if (erasedAt != null && !issued.issuedAt().isAfter(erasedAt)) {
                        continue; // issued before its learner erased the wallet
                    }
                    if (updates > 0) {
                        status.executeBatch();
                        updates = 0;
                    }
                    bind(insert, issued, c);
                    insert.addBatch();
                    inserts++;
                } else {
                    if (inserts > 0) {
                        insert.executeBatch();
                        inserts = 0;
                    }
                    CredentialStatusChange change = CredentialStatusChange.of(e, event.metadata().occurredAt());
                    if (change != null) {
                        StatusChange.bind(change, status);
                        status.addBatch();
                        updates++;
                    }
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                status.executeBatch();
            }
        }
    }

    /** Rebuilds load with COPY ({@link WalletCredentialLoader}). */
    @Override
    public RebuildLoader rebuildLoader(ProjectionContext context) {
        return new WalletCredentialLoader(this, context);
    }

    @Override
    public void erase(LearnerErased erased, ProjectionContext context) throws SQLException {
        if (erased.recipientRefs().isEmpty()) {
            return;
        }
        Connection c = context.connection();
        Array refs = c.createArrayOf("varchar", erased.recipientRefs().toArray());
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + context.table(TABLE)
                + " WHERE recipient_ref = ANY (?) AND issued_at <= ?")) {
            delete.setArray(1, refs);
            delete.setTimestamp(2, Timestamp.from(erased.erasedAt()));
            delete.executeUpdate();
        }
        ErasedRecipients.remember(c, context.table(ERASED), refs, erased.erasedAt());
    }

    private static Map<String, Instant> erasedAmong(List<DecodedEvent> events, ProjectionContext context)
            throws SQLException {
        Object[] refs = events.stream().filter(e -> e.event() instanceof CredentialIssued)
                .map(e -> ((CredentialIssued) e.event()).recipientRef()).distinct().toArray();
        Map<String, Instant> erased = new HashMap<>();
        if (refs.length == 0) {
            return erased;
        }
        Connection c = context.connection();
        try (PreparedStatement select = c.prepareStatement("SELECT recipient_ref, erased_at FROM "
                + context.table(ERASED) + " WHERE recipient_ref = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", refs));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    erased.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return erased;
    }

    /**
     * The signed credential as the event carried it: written with the events' own mapper, so that it is the same
     * text a rebuild copies straight out of the event.
     */
    private static String credentialText(CredentialIssued e) throws SQLException {
        try {
            return EventJson.mapper().writeValueAsString(e.credential());
        } catch (JsonProcessingException ex) {
            throw new SQLException("cannot write the credential of " + e.credentialId(), ex);
        }
    }

    /** A redelivered CredentialIssued (a rebuild racing the live consumer) leaves the row as it is. */
    private static final String INSERT = "INSERT INTO %s (credential_id, recipient_ref, issuer_id, issuer_did,"
            + " issuer_name, achievement_id, achievement_version, achievement_name, achievement_type, credits,"
            + " workload_hours, eqf_level, skills, issued_at, valid_from, valid_until, status, replaces, credential,"
            + " credential_jwt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)"
            + " ON CONFLICT (credential_id) DO NOTHING";
    static final String STATUS = "UPDATE %s SET status = ?, status_changed_at = ?, status_reason = ?,"
            + " replaced_by = ? WHERE credential_id = ?";

    private static void bind(PreparedStatement insert, CredentialIssued e, Connection c) throws SQLException {
        int i = 0;
        insert.setString(++i, e.credentialId());
        insert.setString(++i, e.recipientRef());
        insert.setString(++i, e.issuerId());
        insert.setString(++i, e.issuer().did());
        insert.setString(++i, e.issuer().name());
        insert.setString(++i, e.achievementId());
        insert.setInt(++i, e.achievementVersion());
        insert.setString(++i, e.achievement().name());
        insert.setString(++i, e.achievement().achievementType());
        insert.setBigDecimal(++i, e.achievement().creditsAvailable());
        insert.setObject(++i, e.achievement().workloadHours(), Types.INTEGER);
        insert.setObject(++i, e.achievement().eqfLevel(), Types.INTEGER);
        Array skills = c.createArrayOf("text", e.achievement().skills().stream().map(Skill::uri).toArray());
        insert.setArray(++i, skills);
        insert.setTimestamp(++i, Timestamp.from(e.issuedAt()));
        insert.setTimestamp(++i, Timestamp.from(e.validFrom()));
        insert.setTimestamp(++i, e.validUntil() == null ? null : Timestamp.from(e.validUntil()));
        insert.setString(++i, e.replaces());
        insert.setString(++i, credentialText(e));
        insert.setString(++i, e.credentialJwt());
    }

}
