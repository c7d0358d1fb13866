package org.credstack.issuance.credential.batch.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credstack.issuance.credential.application.CredentialIssuer;
import org.credstack.issuance.credential.application.IssueRequest;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Accepts batches of credentials to issue and reports on them. Accepting checks every row against the tenant's
 * achievements and stores the batch and all its rows in one transaction: a refused upload writes nothing, an
 * accepted one is complete. The {@link BatchWorker} issues the rows afterwards.
 */
@ApplicationScoped
public class CredentialBatches {

    private static final Logger LOG = Logger.getLogger(CredentialBatches.class);

    @Inject
    BatchStore store;
    @Inject
    CredentialIssuer issuer;
    @Inject
    BatchWorker worker;
    /** Storing 100,000 rows takes seconds, and many more on a loaded database than the default timeout allows. */
    @ConfigProperty(name = "credstack.batches.transaction-timeout", defaultValue = "PT5M")
    Duration transactionTimeout;

    /**
     * @param rows          the rows, already checked field by field; every one names {@code tenant} as issuer
     * @param submittedBy   the actor of the events of the batch's credentials
     * @param correlationId the correlation id of those events
     * @throws BatchRejected naming each row whose achievement cannot be issued
     */
    public BatchStatus accept(String tenant, String submittedBy, String correlationId, List<IssueRequest> rows) {
        String batchId = UUID.randomUUID().toString();
        BatchStatus accepted = QuarkusTransaction.requiringNew().timeout((int) transactionTimeout.toSeconds()).call(() -> {
            if (IssuerRecord.findById(tenant) == null) {
                throw new DomainRuleViolation("issuer-not-registered", "The token's tenant " + tenant
                        + " is not a registered issuer", DomainRuleViolation.Kind.INVALID);
            }
            requireIssuable(tenant, rows);
            store.insert(new BatchStore.Batch(batchId, tenant, submittedBy, correlationId), rows, Instant.now());
            return store.find(batchId).orElseThrow();
        });
        LOG.infof("Credential batch %s accepted: %d rows for issuer %s", batchId, rows.size(), tenant);
        worker.wake();
        return accepted;
    }

    /** Each distinct achievement version named by the rows must be issuable now; rows naming one that is not fail. */
    private void requireIssuable(String tenant, List<IssueRequest> rows) {
        Map<String, List<Integer>> rowsByAchievement = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            IssueRequest row = rows.get(i);
            rowsByAchievement.computeIfAbsent(row.achievementId() + "#" + row.achievementVersion(),
                    key -> new ArrayList<>()).add(i);
        }
        RowErrors errors = new RowErrors();
        for (List<Integer> indexes : rowsByAchievement.values()) {
            IssueRequest first = rows.get(indexes.get(0));
            try {
                issuer.issuable(tenant, first.achievementId(), first.achievementVersion());
            } catch (DomainRuleViolation violation) {
                String field = first.achievementVersion() != null
                        && violation.rule().equals("achievement-version-not-issuable")
                        ? "achievementVersion" : "achievementId";
                for (int index : indexes) {
                    errors.add(violation.rule(), RowErrors.row(index) + "." + field,
                            violation.rule() + ": " + violation.getMessage());
                }
            }
        }
        errors.throwIfAny(BatchRejected.Kind.RULE);
    }

    /** The tenant's batch; another tenant's is as unknown as one that does not exist. */
    public BatchStatus find(String tenant, String batchId) {
        return QuarkusTransaction.requiringNew().call(() -> store.find(batchId))
                .filter(batch -> batch.issuerId().equals(tenant))
                .orElseThrow(() -> new NotFound("Credential batch", batchId));
    }

    /** Processed rows after row {@code afterRow} (-1 for the first page), of one outcome or both ({@code null}). */
    public List<RowResult> results(BatchStatus batch, int afterRow, RowResult.Outcome only, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> store.results(batch.batchId(), afterRow, only, limit));
    }
}
