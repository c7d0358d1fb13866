package org.credstack.recognition.equivalence.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.recognition.catalog.CatalogAchievements;
import org.credstack.recognition.equivalence.domain.RecordEquivalence;
import org.credstack.recognition.equivalence.domain.WithdrawEquivalence;
import org.credstack.recognition.qualification.application.RuleProblemsFound;
import org.credstack.recognition.qualification.application.TenantLock;
import org.credstack.recognition.qualification.domain.AchievementCatalog.AchievementFacts;
import org.credstack.recognition.qualification.domain.RuleProblem;

/**
 * Records and withdraws an institution's credit transfer rules. A rule is checked against the catalogue and the
 * institution's rules in force under the institution's lock, and recorded in the same transaction.
 */
@ApplicationScoped
public class EquivalenceRegistrar {

    static final String LOCK = "equivalences";

    /** What a registrar asks for; {@code exceedsInternalCredits} acknowledges credits above the internal ones. */
    public record Request(String externalIssuerId, String externalAchievementId, String countsAs, BigDecimal credits,
            boolean exceedsInternalCredits) {
    }

    @Inject
    Commands commands;
    @Inject
    TenantLock lock;
    @Inject
    EquivalenceRows rows;
    @Inject
    CatalogAchievements catalog;

    /** The new rule's id. */
    public String record(String tenant, Request request) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            lock.lock(LOCK, tenant);
            requireAcceptable(tenant, request);
            rows.active(tenant, request.externalAchievementId(), request.countsAs()).ifPresent(existing -> {
                throw new DomainRuleViolation("duplicate-equivalence", "Equivalence " + existing.equivalenceId()
                        + " already makes " + request.externalAchievementId() + " count as " + request.countsAs()
                        + ": withdraw it first to change its credits");
            });
            commands.send(new RecordEquivalence(id, tenant, request.externalIssuerId(),
                    request.externalAchievementId(), request.countsAs(), request.credits(),
                    request.exceedsInternalCredits()));
        });
        return id;
    }

    public void withdraw(String tenant, String equivalenceId) {
        rows.find(tenant, equivalenceId).orElseThrow(() -> new NotFound("Equivalence", equivalenceId));
        QuarkusTransaction.requiringNew().run(() -> {
            lock.lock(LOCK, tenant);
            commands.send(new WithdrawEquivalence(equivalenceId, tenant));
        });
    }

    private void requireAcceptable(String tenant, Request r) {
        List<RuleProblem> problems = new ArrayList<>();
        Optional<AchievementFacts> external = catalog.find(r.externalAchievementId());
        if (external.isEmpty()) {
            problems.add(new RuleProblem("unknown-achievement", "externalAchievementId", "No published achievement "
                    + "has the id " + r.externalAchievementId()));
        } else if (external.get().issuerId().equals(tenant)) {
            problems.add(new RuleProblem("equivalence-of-own-achievement", "externalAchievementId", "'"
                    + external.get().name() + "' is your institution's own achievement: credit transfer is for "
                    + "other institutions' achievements"));
        } else if (!external.get().issuerId().equals(r.externalIssuerId())) {
            problems.add(new RuleProblem("equivalent-issuer-mismatch", "externalIssuerId", "'"
                    + external.get().name() + "' is issued by " + external.get().issuerId() + ", not by "
                    + r.externalIssuerId()));
        }
        Optional<AchievementFacts> internal = catalog.find(r.countsAs());
        if (internal.isEmpty()) {
            problems.add(new RuleProblem("unknown-achievement", "countsAs", "No published achievement has the id "
                    + r.countsAs()));
        } else if (!internal.get().issuerId().equals(tenant)) {
            problems.add(new RuleProblem("counts-as-not-own-achievement", "countsAs", "'" + internal.get().name()
                    + "' belongs to another institution: an equivalence counts toward one of your own achievements"));
        } else if (!r.exceedsInternalCredits() && exceeds(r.credits(), internal.get().credits())) {
            problems.add(new RuleProblem("equivalence-credits-above-internal", "credits", r.credits()
                    .toPlainString() + " credits is more than '" + internal.get().name() + "' carries ("
                    + (internal.get().credits() == null ? "none" : internal.get().credits().toPlainString())
                    + "); set exceedsInternalCredits if that is what you mean"));
        }
        if (!problems.isEmpty()) {
            throw new RuleProblemsFound(problems);
        }
    }

    private static boolean exceeds(BigDecimal credits, BigDecimal internal) {
        return internal == null || credits.compareTo(internal) > 0;
    }
}
