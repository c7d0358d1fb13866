package org.credstack.recognition.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialRecorded;
import org.credstack.events.issuance.CredentialStatusChange;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.IssuanceBrief;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.events.recognition.RplDecisionMade;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;
import org.credstack.platform.projection.ErasedRecipients;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;
import org.credstack.platform.projection.RebuildLoader;
import org.credstack.recognition.consent.ConsentProjection;
import org.credstack.recognition.progress.ProgressWorker;

/**
 * What recognition counts: every credential with the credits and EQF level it was issued with and its live status
 * (issuance's brief stream, credstack.issuance.brief.v1, D42), the catalogue of published achievements (for checking
 * rules when a qualification is defined) and the credit of decided RPL claims (credstack.recognition.v1). Each
 * change, and each link or consent a wallet records (credstack.wallet.v1), queues the learner (a recipientRef or a
 * wallet id) for re-evaluation of progress ({@code progress_pending}), in the same transaction.
 */
@ApplicationScoped
public class LearnerCredentialProjection implements Projection {

    public static final String NAME = "learner-credentials";
    public static final String CREDENTIALS = "learner_credential";
    public static final String CATALOG = "achievement_catalog";
    public static final String PENDING = "progress_pending";
    public static final String RPL_CREDITS = "rpl_credit";
    /** Erased recipientRefs with the time of erasure, so that a rebuild does not bring their credentials back. */
    static final String ERASED = "learner_erased_recipient";

    /**
     * The consent and link tables (D33) are kept here, in the transaction that queues the learner: kept by a projection
     * of their own they could lag behind the queue, and a learner would be re-evaluated before their consent counted.
     */
    private final ConsentProjection consents = new ConsentProjection();

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    ProgressWorker worker;

    private static final Set<Class<?>> TYPES = Set.of(CredentialRecorded.class, CredentialRevoked.class,
            CredentialSuspended.class, CredentialReinstated.class, CredentialExpired.class, CredentialReplaced.class,
            AchievementPublished.class, AchievementRetired.class, RplDecisionMade.class, RecipientLinked.class,
            RecipientUnlinked.class, ConsentGranted.class, ConsentRevoked.class, QualificationPublished.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.ISSUANCE, Service.WALLET, Service.RECOGNITION);
    }

    /**
     * Issuance's brief stream in place of its own topic (D42): every credential fact recognition counts, without the
     * signed document that makes up seven eighths of the bytes of {@code credstack.issuance.v1}.
     */
    @Override
    public List<String> topics() {
        return List.of(IssuanceBrief.TOPIC, Service.RECOGNITION.topic(), Service.WALLET.topic());
    }

    @Override
    public List<String> tables() {
        List<String> tables = new java.util.ArrayList<>(List.of(CREDENTIALS, CATALOG, PENDING, RPL_CREDITS, ERASED));
        tables.addAll(consents.tables());
        return tables;
    }

    @Override
    public List<String> createTables(String schema) {
        List<String> ddl = new java.util.ArrayList<>(consents.createTables(schema));
        ddl.addAll(List.of("CREATE TABLE " + schema + "." + CREDENTIALS + " (credential_id VARCHAR(64) PRIMARY KEY,"
                        + " recipient_ref VARCHAR(64) NOT NULL, issuer_id VARCHAR(64) NOT NULL,"
                        + " achievement_id VARCHAR(64) NOT NULL, credits NUMERIC(8, 2), eqf_level INT,"
                        + " issued_at TIMESTAMPTZ NOT NULL, valid_until TIMESTAMPTZ, status VARCHAR(16) NOT NULL,"
                        + " award_id VARCHAR(64))",
                "CREATE TABLE " + schema + "." + CATALOG + " (achievement_id VARCHAR(64) PRIMARY KEY,"
                        + " issuer_id VARCHAR(64) NOT NULL, version INT NOT NULL, name VARCHAR(512) NOT NULL,"
                        + " credits NUMERIC(8, 2), eqf_level INT, retired BOOLEAN NOT NULL DEFAULT false)",
                "CREATE TABLE " + schema + "." + PENDING + " (learner_key VARCHAR(64) PRIMARY KEY,"
                        + " queued_at TIMESTAMPTZ NOT NULL, achievement_ids VARCHAR(64)[])",
                PENDING_BY_TIME.formatted("", schema),
                "CREATE TABLE " + schema + "." + RPL_CREDITS + " (claim_id VARCHAR(64) PRIMARY KEY,"
                        + " issuer_id VARCHAR(64) NOT NULL, learner_id VARCHAR(64) NOT NULL,"
                        + " recipient_refs VARCHAR(64)[] NOT NULL, qualification_id VARCHAR(64),"
                        + " achievement_id VARCHAR(64), outcome VARCHAR(16) NOT NULL, credits NUMERIC(8, 2) NOT NULL)",
                "CREATE INDEX ON " + schema + "." + RPL_CREDITS + " (learner_id)",
                "CREATE INDEX ON " + schema + "." + RPL_CREDITS + " USING GIN (recipient_refs)",
                ErasedRecipients.createTable(schema + "." + ERASED)));
        return ddl;
    }

    @Override
    public List<String> createIndexes(String schema) {
        return List.of("CREATE INDEX ON " + schema + "." + CREDENTIALS + " (recipient_ref)");
    }

    /**
     * The worker claims the oldest queued learners: without this index each claim sorted the whole queue (345 ms a
     * claim with 160,000 learners queued, after a rebuild of 200,000).
     */
    private static final String PENDING_BY_TIME = "CREATE INDEX %s" + PENDING + "_by_time ON %s." + PENDING
            + " (queued_at)";

    /** {@code progress_pending.achievement_ids} and its index by time came with D40. */
    @Override
    public List<String> upgradeTables(String schema) {
        return List.of("ALTER TABLE " + schema + "." + PENDING + " ADD COLUMN IF NOT EXISTS achievement_ids"
                + " VARCHAR(64)[]", PENDING_BY_TIME.formatted("IF NOT EXISTS ", schema));
    }

    @Override
    public boolean applies(EventType type) {
        return TYPES.contains(type.javaType());
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) throws SQLException {
        applyAll(List.of(event), context);
    }

    @Override
    public void applyAll(List<DecodedEvent> events, ProjectionContext context) throws SQLException {
        Connection c = context.connection();
        ProgressQueue touched = new ProgressQueue();
        try (PreparedStatement insert = c.prepareStatement(INSERT.formatted(context.table(CREDENTIALS),
                context.table(ERASED)));
             PreparedStatement status = c.prepareStatement("UPDATE " + context.table(CREDENTIALS)
                     + " SET status = ? WHERE credential_id = ? RETURNING recipient_ref, achievement_id")) {
            for (DecodedEvent event : events) {
                Object e = event.event();
                if (e instanceof CredentialRecorded recorded) {
                    bind(insert, recorded);
                    if (insert.executeUpdate() > 0) {
                        touched.achievement(recorded.recipientRef(), recorded.achievementId());
                    }
                } else if (e instanceof AchievementPublished || e instanceof AchievementRetired) {
                    AchievementCatalogRows.apply(c, context.table(CATALOG), e);
                } else if (e instanceof RplDecisionMade decision) {
                    RplCreditRows.apply(c, context.table(RPL_CREDITS), decision);
                    touched.everything(decision.learnerId());
                    touched.everything(decision.recipientRefs());
                } else if (e instanceof RecipientLinked linked) {
                    consents.apply(event, context);
                    touched.everything(linked.walletId());
                    touched.everything(linked.recipientRef());
                } else if (e instanceof RecipientUnlinked unlinked) {
                    consents.apply(event, context);
                    touched.everything(unlinked.walletId());
                    touched.everything(unlinked.recipientRef());
                } else if (e instanceof ConsentGranted granted) {
                    consents.apply(event, context);
                    touched.everything(granted.walletId());
                } else if (e instanceof ConsentRevoked revoked) {
                    consents.apply(event, context);
                    touched.everything(revoked.walletId());
                } else if (e instanceof QualificationPublished published) {
                    queueHolders(c, context, published, touched);
                } else {
                    changeStatus(status, e, touched);
                }
            }
        }
        touched.queue(c, context.table(PENDING), Instant.now());
        if (!touched.isEmpty()) {
            wakeWorkerOnCommit();
        }
    }

    /** The progress worker looks at the queue when this transaction commits instead of at its next poll. */
    private void wakeWorkerOnCommit() {
        if (transactions.getTransactionKey() == null || transactions.getResource(WAKE) != null) {
            return;
        }
        transactions.putResource(WAKE, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.wake();
                }
            }
        });
    }

    private static final String WAKE = LearnerCredentialProjection.class.getName() + ".wake";

    @Override
    public RebuildLoader rebuildLoader(ProjectionContext context) {
        return new LearnerCredentialLoader(this, context);
    }

    @Override
    public void erase(LearnerErased erased, ProjectionContext context) throws SQLException {
        consents.erase(erased, context);
        if (erased.recipientRefs().isEmpty()) {
            return;
        }
        Connection c = context.connection();
        Array refs = c.createArrayOf("varchar", erased.recipientRefs().toArray());
        for (String delete : List.of("DELETE FROM " + context.table(CREDENTIALS) + " WHERE recipient_ref = ANY (?)",
                "DELETE FROM " + context.table(PENDING) + " WHERE learner_key = ANY (?)",
                "DELETE FROM " + context.table(RPL_CREDITS) + " WHERE recipient_refs && ?::varchar[]")) {
            try (PreparedStatement statement = c.prepareStatement(delete)) {
                statement.setArray(1, refs);
                statement.executeUpdate();
            }
        }
        queue(c, context, Set.of(erased.learnerId()), erased.erasedAt()); // its progress rows go too
        ErasedRecipients.remember(c, context.table(ERASED), refs, erased.erasedAt());
    }

    /** Skips a credential issued before its learner was erased; a redelivery leaves the row as it is. */
    private static final String INSERT = "INSERT INTO %1$s (credential_id, recipient_ref, issuer_id, achievement_id,"
            + " credits, eqf_level, issued_at, valid_until, status, award_id) SELECT ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM %2$s e WHERE e.recipient_ref = ? AND e.erased_at >= ?)"
            + " ON CONFLICT (credential_id) DO NOTHING";

    private static void bind(PreparedStatement insert, CredentialRecorded e) throws SQLException {
        insert.setString(1, e.credentialId());
        insert.setString(2, e.recipientRef());
        insert.setString(3, e.issuerId());
        insert.setString(4, e.achievementId());
        insert.setBigDecimal(5, e.achievement().creditsAvailable());
        insert.setObject(6, e.achievement().eqfLevel(), Types.INTEGER);
        insert.setTimestamp(7, Timestamp.from(e.issuedAt()));
        insert.setTimestamp(8, e.validUntil() == null ? null : Timestamp.from(e.validUntil()));
        insert.setString(9, e.awardId());
        insert.setString(10, e.recipientRef());
        insert.setTimestamp(11, Timestamp.from(e.issuedAt()));
    }

    /** Sets the status an event gives its credential and queues its learner, for the credential's achievement. */
    private static void changeStatus(PreparedStatement update, Object e, ProgressQueue touched) throws SQLException {
        CredentialStatusChange change = CredentialStatusChange.of(e, null);
        if (change == null) {
            return;
        }
        update.setString(1, change.status());
        update.setString(2, change.credentialId());
        try (var rs = update.executeQuery()) {
            if (rs.next()) {
                touched.achievement(rs.getString(1), rs.getString(2));
            }
        }
    }

    /**
     * Queues everyone holding a credential of an achievement the published version names (components and accepted
     * equivalents), for those achievements: their progress toward it is evaluated without waiting for their next
     * credential event. Holders only through a nested qualification or an institution's credit transfer rule are
     * evaluated at their next event of one of its achievements.
     */
    private static void queueHolders(Connection c, ProjectionContext context, QualificationPublished published,
                                     ProgressQueue touched) throws SQLException {
        if (published.rules() == null) {
            return;
        }
        Set<String> achievements = new LinkedHashSet<>(published.rules().findValuesAsText("achievementId"));
        if (achievements.isEmpty()) {
            return;
        }
        try (PreparedStatement holders = c.prepareStatement("SELECT DISTINCT recipient_ref, achievement_id FROM "
                + context.table(CREDENTIALS) + " WHERE achievement_id = ANY (?)")) {
            holders.setArray(1, c.createArrayOf("varchar", achievements.toArray()));
            try (var rs = holders.executeQuery()) {
                while (rs.next()) {
                    touched.achievement(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /** Queues learners (recipientRefs or wallet ids) for re-evaluation of everything ({@link ProgressQueue}). */
    static void queue(Connection c, ProjectionContext context, Collection<String> keys, Instant at)
            throws SQLException {
        ProgressQueue queue = new ProgressQueue();
        queue.everything(keys);
        queue.queue(c, context.table(PENDING), at);
    }
}
