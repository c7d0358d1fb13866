package org.credstack.recognition.consent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;

/**
 * Consents and wallet links from credstack.wallet.v1 (see package-info for the ordering argument). A revocation
 * keeps the consent's row with its time, so that a consent revoked and then replayed never covers again. Not a
 * projection run on its own: {@code LearnerCredentialProjection} applies it in its own transactions.
 */
public class ConsentProjection implements Projection {

    public static final String NAME = "recognition-consents";
    static final String CONSENTS = "consent";
    static final String LINKS = "wallet_link";

    private static final Set<Class<?>> TYPES = Set.of(ConsentGranted.class, ConsentRevoked.class,
            RecipientLinked.class, RecipientUnlinked.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.WALLET);
    }

    @Override
    public List<String> tables() {
        return List.of(CONSENTS, LINKS);
    }

    @Override
    public List<String> createTables(String schema) {
        return List.of("CREATE TABLE " + schema + "." + CONSENTS + " (consent_id VARCHAR(64) PRIMARY KEY,"
                        + " wallet_id VARCHAR(64) NOT NULL, grantee_tenant VARCHAR(64) NOT NULL,"
                        + " credential_ids VARCHAR(64)[] NOT NULL, purpose VARCHAR(128), expires_at TIMESTAMPTZ,"
                        + " granted_at TIMESTAMPTZ NOT NULL, revoked_at TIMESTAMPTZ)",
                "CREATE INDEX ON " + schema + "." + CONSENTS + " (wallet_id, grantee_tenant)",
                "CREATE TABLE " + schema + "." + LINKS + " (wallet_id VARCHAR(64) NOT NULL,"
                        + " recipient_ref VARCHAR(64) NOT NULL, linked_at TIMESTAMPTZ NOT NULL,"
                        + " PRIMARY KEY (wallet_id, recipient_ref))",
                "CREATE INDEX ON " + schema + "." + LINKS + " (recipient_ref, linked_at DESC)");
    }

    @Override
    public boolean applies(EventType type) {
        return TYPES.contains(type.javaType());
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) throws SQLException {
        Object e = event.event();
        Timestamp at = Timestamp.from(event.metadata().occurredAt());
        if (e instanceof ConsentGranted granted) {
            grant(granted, at, context);
        } else if (e instanceof ConsentRevoked revoked) {
            update(context, "UPDATE " + context.table(CONSENTS) + " SET revoked_at = COALESCE(revoked_at, ?)"
                    + " WHERE consent_id = ? AND wallet_id = ?", at, revoked.consentId(), revoked.walletId());
        } else if (e instanceof RecipientLinked linked) {
            update(context, "INSERT INTO " + context.table(LINKS) + " (wallet_id, recipient_ref, linked_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (wallet_id, recipient_ref) DO UPDATE SET linked_at ="
                    + " EXCLUDED.linked_at", linked.walletId(), linked.recipientRef(), at);
        } else if (e instanceof RecipientUnlinked unlinked) {
            update(context, "DELETE FROM " + context.table(LINKS) + " WHERE wallet_id = ? AND recipient_ref = ?",
                    unlinked.walletId(), unlinked.recipientRef());
        }
    }

    private static void grant(ConsentGranted granted, Timestamp at, ProjectionContext context) throws SQLException {
        Connection c = context.connection();
        Instant expiresAt = granted.expiresAt();
        update(context, "INSERT INTO " + context.table(CONSENTS) + " (consent_id, wallet_id, grantee_tenant,"
                        + " credential_ids, purpose, expires_at, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (consent_id) DO NOTHING", granted.consentId(), granted.walletId(),
                granted.granteeTenant(), c.createArrayOf("varchar", granted.credentialIds().toArray()),
                granted.purpose(), expiresAt == null ? null : Timestamp.from(expiresAt), at);
    }

    /**
     * The erased wallet's consents and links. By wallet id only: a recipientRef the learner had may already be
     * linked to a newer wallet, whose link a replay must not delete.
     */
    @Override
    public void erase(LearnerErased erased, ProjectionContext context) throws SQLException {
        update(context, "DELETE FROM " + context.table(CONSENTS) + " WHERE wallet_id = ?", erased.learnerId());
        update(context, "DELETE FROM " + context.table(LINKS) + " WHERE wallet_id = ?", erased.learnerId());
    }

    private static void update(ProjectionContext context, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = context.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
