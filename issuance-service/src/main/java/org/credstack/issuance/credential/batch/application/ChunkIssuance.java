package org.credstack.issuance.credential.batch.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.credstack.platform.axon.SystemCommands;
import org.credstack.issuance.achievement.projection.PublishedAchievement;
import org.credstack.issuance.credential.application.CredentialIssuer;
import org.credstack.issuance.credential.application.IssueRequest;
import org.credstack.issuance.credential.batch.application.BatchStore.Batch;
import org.credstack.issuance.credential.batch.application.BatchStore.Claim;
import org.credstack.issuance.credential.batch.application.BatchStore.Row;
import org.credstack.issuance.statuslist.StatusLists;
import org.credstack.platform.domain.DomainRuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Issues one chunk of a batch in one transaction: claims pending rows (locked, so no other worker or replica takes
 * them), prepares their credentials (status entries allocated, credentials built), signs them in parallel, sends
 * their IssueCredential commands, remembers their recipients and marks the rows, then commits. A row's credential and
 * its mark commit together or not at all. A row that breaks a rule (its achievement was retired meanwhile, ...) is
 * marked failed with the reason and the others go on; if the chunk fails otherwise, it is rolled back and its rows
 * are retried one per transaction, so that one bad row cannot hold back the rest.
 */
@ApplicationScoped
class ChunkIssuance {

    private static final Logger LOG = Logger.getLogger(ChunkIssuance.class);
    /** Attempts of a row on its own before it is marked failed (a transient fault should not fail it). */
    private static final int ROW_ATTEMPTS = 3;
    private static final Duration ROW_BACKOFF = Duration.ofMillis(200);
    private static final int MAX_REASON = 2000;
    /** Rounds of preparing credentials again whose reserved status list index another transaction took first. */
    private static final int MAX_ROUNDS = 20;

    @Inject
    BatchStore store;
    @Inject
    CredentialIssuer issuer;
    @Inject
    StatusLists statusLists;
    @Inject
    SystemCommands commands;
    @Inject
    DataSource dataSource;
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "credstack.batches.chunk-size", defaultValue = "100")
    int chunkSize;
    @ConfigProperty(name = "credstack.batches.transaction-timeout", defaultValue = "PT5M")
    Duration transactionTimeout;

    /**
     * Claims and issues the next chunk of the oldest batch with work left.
     *
     * @param signers where the credentials of the chunk are signed
     * @param stopping whether the service is shutting down: failures then leave rows pending instead of failed
     * @return the batch after the chunk, or empty when there was no work
     */
    Optional<BatchStatus> processNext(Executor signers, BooleanSupplier stopping) {
        Instant start = Instant.now();
        Claim[] claimed = new Claim[1];
        try {
            Optional<BatchStatus> status = transaction().call(() -> store.claimNext(chunkSize)
                    .map(claim -> {
                        claimed[0] = claim;
                        return issue(claim, signers, start);
                    }));
            if (status.isPresent()) {
                LOG.debugf("Chunk of batch %s committed %d ms after it was claimed", status.get().batchId(),
                        Duration.between(start, Instant.now()).toMillis());
            }
            return status;
        } catch (RuntimeException e) {
            if (claimed[0] == null || stopping.getAsBoolean()) {
                throw e;
            }
            Claim claim = claimed[0];
            LOG.warnf(e, "A chunk of %d rows of batch %s failed as a whole; issuing its rows one by one",
                    claim.rows().size(), claim.batch().batchId());
            requireDatabase();
            BatchStatus last = null;
            for (Row row : claim.rows()) {
                BatchStatus status = alone(claim.batch(), row.rowNo(), signers, stopping);
                last = status != null ? status : last;
            }
            return Optional.ofNullable(last)
                    .or(() -> QuarkusTransaction.requiringNew().call(() -> store.find(claim.batch().batchId())));
        }
    }

    /** One row in its own transactions: a few attempts, then marked failed with the reason. */
    private BatchStatus alone(Batch batch, int rowNo, Executor signers, BooleanSupplier stopping) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ROW_ATTEMPTS; attempt++) {
            Instant start = Instant.now();
            try {
                return transaction().call(() -> store.claimRow(batch, rowNo)
                        .map(claim -> issue(claim, signers, start)).orElse(null));
            } catch (RuntimeException e) {
                last = e;
                if (stopping.getAsBoolean()) {
                    throw e;
                }
                requireDatabase();
                if (violation(e) != null) {
                    break;
                }
                sleep(ROW_BACKOFF.multipliedBy(attempt));
            }
        }
        String reason = reason(last);
        if (violation(last) == null) {
            LOG.errorf(last, "Row %d of batch %s could not be issued; marked failed", rowNo, batch.batchId());
        }
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> store.claimRow(batch, rowNo)
                .map(claim -> store.record(batch.batchId(), List.of(RowResult.failed(rowNo, reason)), now, now))
                .orElse(null));
    }

    private BatchStatus issue(Claim claim, Executor signers, Instant start) {
        Batch batch = claim.batch();
        // the chunk's credential and recipient rows are flushed at commit in runs of like inserts: batch them
        entityManager.unwrap(Session.class).setJdbcBatchSize(Math.max(1, claim.rows().size()));
        List<RowResult> results = new ArrayList<>(claim.rows().size());
        long began = System.nanoTime();
        Map<Row, CredentialIssuer.Prepared> prepared = prepare(claim, results);
        long preparedAt = System.nanoTime();
        List<CredentialIssuer.Signed> signed = sign(new ArrayList<>(prepared.values()), signers);
        long signedAt = System.nanoTime();
        issuer.record(signed, sender(batch));
        List<Row> rows = new ArrayList<>(prepared.keySet());
        for (int i = 0; i < signed.size(); i++) {
            results.add(RowResult.issued(rows.get(i).rowNo(), signed.get(i).credentialId()));
        }
        BatchStatus status = store.record(batch.batchId(), results, start, Instant.now());
        LOG.debugf("Chunk of batch %s: %d rows, prepared in %d ms, signed in %d ms, recorded in %d ms",
                batch.batchId(), claim.rows().size(), millis(began, preparedAt), millis(preparedAt, signedAt),
                millis(signedAt, System.nanoTime()));
        return status;
    }

    /**
     * Prepares the credentials of the claimed rows, with their status entries; a row breaking a rule goes to
     * {@code failed} instead. A credential whose reserved index was taken meanwhile is prepared again.
     */
    private Map<Row, CredentialIssuer.Prepared> prepare(Claim claim, List<RowResult> failed) {
        CredentialIssuer.Signer signer = issuer.signer(claim.batch().issuerId());
        ChunkStatusEntries entries = new ChunkStatusEntries(statusLists, dataSource);
        Map<String, Object> achievements = new HashMap<>();
        Map<Row, CredentialIssuer.Prepared> prepared = new LinkedHashMap<>();
        List<Row> pending = claim.rows();
        for (int round = 1; !pending.isEmpty(); round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("Status list indexes of batch " + claim.batch().batchId()
                        + " kept being taken by other transactions");
            }
            for (Row row : pending) {
                try {
                    PublishedAchievement achievement = achievement(achievements, row.request());
                    prepared.put(row, issuer.prepare(signer, achievement, row.request(), entries));
                } catch (DomainRuleViolation violation) {
                    // thrown before anything of the row was written: the row fails, the chunk goes on
                    failed.add(RowResult.failed(row.rowNo(), reason(violation)));
                }
            }
            Set<String> collided = entries.settle();
            entries.release(collided);
            pending = prepared.entrySet().stream().filter(e -> collided.contains(e.getValue().credentialId()))
                    .map(Map.Entry::getKey).toList();
            pending.forEach(prepared::remove);
        }
        return prepared;
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private TransactionRunnerOptions transaction() {
        return QuarkusTransaction.requiringNew().timeout((int) transactionTimeout.toSeconds());
    }

    /** The achievement version of a row, looked up once per chunk; a rule it breaks is remembered and rethrown. */
    private PublishedAchievement achievement(Map<String, Object> cache, IssueRequest request) {
        Object found = cache.computeIfAbsent(request.achievementId() + "#" + request.achievementVersion(), key -> {
            try {
                return issuer.issuable(request.issuerId(), request.achievementId(), request.achievementVersion());
            } catch (DomainRuleViolation violation) {
                return violation;
            }
        });
        if (found instanceof DomainRuleViolation violation) {
            throw violation;
        }
        return (PublishedAchievement) found;
    }

    private List<CredentialIssuer.Signed> sign(List<CredentialIssuer.Prepared> prepared, Executor signers) {
        List<CompletableFuture<CredentialIssuer.Signed>> signing = prepared.stream()
                .map(p -> CompletableFuture.supplyAsync(() -> issuer.sign(p), signers)).toList();
        try {
            return signing.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Commands carry the submitter as actor and the submitting request's correlation id: the worker acts for them
     * outside any HTTP request, so it sets the metadata that {@code Commands} takes from a request.
     */
    private Consumer<Object> sender(Batch batch) {
        return command -> commands.send(batch.issuerId(), batch.submittedBy(), batch.correlationId(), command);
    }

    private static DomainRuleViolation violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainRuleViolation violation) {
                return violation;
            }
            if (!(t instanceof CommandExecutionException) && !(t instanceof CompletionException)) {
                return null;
            }
        }
        return null;
    }

    private static String reason(Throwable e) {
        DomainRuleViolation violation = violation(e);
        String reason = violation != null ? violation.rule() + ": " + violation.getMessage()
                : "internal-error: the credential could not be issued; the failure has been logged";
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /** A failing database is no row's fault: propagate, and let the worker retry the rows later. */
    private void requireDatabase() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ping = c.prepareStatement("SELECT 1")) {
            ping.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("The database is unavailable", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
