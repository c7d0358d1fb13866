package org.credstack.issuance.credential.award.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventMetadata;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.issuance.credential.award.application.AwardWorker;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;

/**
 * Records recognition's award requests and withdrawals in award_request, the award worker's queue. Runs as a
 * projection of the recognition stream for the platform's exactly-once application, retries and dead letters; the
 * table itself is Flyway's, not a projection generation, because it holds work and its outcome, which a rebuild
 * must not forget. So every write is idempotent on its own: one row per award (ON CONFLICT DO NOTHING), and a
 * withdrawal only moves a row forward. A replay from offset zero therefore changes nothing.
 */
@ApplicationScoped
public class AwardRequestsProjection implements Projection {

    @Inject
    AwardWorker worker;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String name() {
        return "award-requests";
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.RECOGNITION);
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public List<String> createTables(String schema) {
        return List.of();
    }

    @Override
    public boolean applies(EventType type) {
        return type.javaType() == AwardRequested.class || type.javaType() == AwardWithdrawalRequested.class;
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) throws SQLException {
        if (event.event() instanceof AwardRequested requested) {
            record(requested, event.metadata(), context.connection());
        } else if (event.event() instanceof AwardWithdrawalRequested withdrawal) {
            withdraw(withdrawal, event.metadata(), context.connection());
        }
    }

    @Override
    public void applyAll(List<DecodedEvent> events, ProjectionContext context) throws SQLException {
        for (DecodedEvent event : events) {
            apply(event, context);
        }
        wakeWorkerAfterCommit();
    }

    /** Never called: LearnerErased travels on the wallet stream; the recipient rows are RecipientErasure's. */
    @Override
    public void erase(LearnerErased erased, ProjectionContext context) {
        // award rows name the learner by pseudonyms only, like the events they come from
    }

    private static void record(AwardRequested request, EventMetadata metadata, Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO public.award_request (award_id, issuer_id, "
                + "qualification_id, qualification_version, target_achievement_id, learner_id, recipient_refs, "
                + "counted_credential_ids, credits, state, actor, correlation_id, due_at, requested_at, "
                + "received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, now(), ?, now(), "
                + "now()) ON CONFLICT (award_id) DO NOTHING")) {
            insert.setString(1, request.awardId());
            insert.setString(2, request.issuerId());
            insert.setString(3, request.qualificationId());
            insert.setInt(4, request.qualificationVersion());
            insert.setString(5, request.targetAchievementId());
            insert.setString(6, request.learnerId());
            insert.setArray(7, c.createArrayOf("varchar", request.recipientRefs().toArray()));
            insert.setArray(8, c.createArrayOf("text", request.countedCredentialIds().toArray()));
            insert.setBigDecimal(9, request.credits());
            insert.setString(10, metadata.actor());
            insert.setString(11, metadata.correlationId());
            insert.setTimestamp(12, Timestamp.from(metadata.occurredAt()));
            insert.executeUpdate();
        }
    }

    /**
     * Pending or failed: cancelled. Issued: the worker is to revoke the credential. Already withdrawn: nothing. The
     * row lock waits for a worker that is issuing this award right now, so the withdrawal sees what it committed.
     */
    private static void withdraw(AwardWithdrawalRequested withdrawal, EventMetadata metadata, Connection c)
            throws SQLException {
        String state = null;
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT state, issuer_id FROM public.award_request WHERE award_id = ? FOR UPDATE")) {
            lock.setString(1, withdrawal.awardId());
            try (ResultSet rs = lock.executeQuery()) {
                if (rs.next()) {
                    state = rs.getString(1);
                    if (!rs.getString(2).equals(withdrawal.issuerId())) {
                        throw new IllegalArgumentException("Withdrawal of award " + withdrawal.awardId()
                                + " names issuer " + withdrawal.issuerId() + ", not the one it was requested from");
                    }
                }
            }
        }
        String next = state == null || state.equals("PENDING") || state.equals("FAILED") ? "CANCELLED"
                : state.equals("ISSUED") ? "WITHDRAWING" : null;
        if (next == null) {
            return;
        }
        // An award never seen requested is recorded as cancelled, so that a late request for it issues nothing.
        try (PreparedStatement write = c.prepareStatement(state == null
                ? "INSERT INTO public.award_request (state, withdrawal_reason, actor, correlation_id, award_id, "
                + "issuer_id, due_at, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, now(), now(), now())"
                : "UPDATE public.award_request SET state = ?, withdrawal_reason = ?, actor = ?, correlation_id = ?, "
                + "attempts = 0, due_at = now(), updated_at = now() WHERE award_id = ? AND issuer_id = ?")) {
            write.setString(1, next);
            write.setString(2, withdrawal.reason());
            write.setString(3, metadata.actor());
            write.setString(4, metadata.correlationId());
            write.setString(5, withdrawal.awardId());
            write.setString(6, withdrawal.issuerId());
            write.executeUpdate();
        }
    }

    private void wakeWorkerAfterCommit() {
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
}
