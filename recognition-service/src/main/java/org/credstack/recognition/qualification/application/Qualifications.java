package org.credstack.recognition.qualification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.NotFound;
import org.credstack.recognition.catalog.CatalogAchievements;
import org.credstack.recognition.catalog.CatalogQualifications;
import org.credstack.recognition.qualification.domain.DefineQualification;
import org.credstack.recognition.qualification.domain.PublishQualification;
import org.credstack.recognition.qualification.domain.QualificationDefinition;
import org.credstack.recognition.qualification.domain.QualificationGraph;
import org.credstack.recognition.qualification.domain.ReviseQualification;
import org.credstack.recognition.qualification.domain.RuleCheck;
import org.credstack.recognition.qualification.domain.RuleProblem;

/**
 * Defines, revises and publishes an institution's qualifications. Each change runs the rule check against the
 * catalogue and the other qualifications as they are now, under the institution's lock, and sends its command in
 * the same transaction: what was checked is what is saved.
 */
@ApplicationScoped
public class Qualifications {

    static final String LOCK = "qualifications";

    @Inject
    Commands commands;
    @Inject
    TenantLock lock;
    @Inject
    QualificationRows rows;
    @Inject
    CatalogAchievements catalog;
    @Inject
    CatalogQualifications qualifications;

    private final Clock clock = Clock.systemUTC();

    /** Version 1 of a new qualification, as a draft; its id. */
    public String define(String tenant, QualificationDefinition definition) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            lock.lock(LOCK, tenant);
            requireAcceptable(id, tenant, definition);
            commands.send(new DefineQualification(id, tenant, definition));
        });
        return id;
    }

    /** Replaces the open draft, or opens the next version as a draft. {@code expected} null: whatever is current. */
    public void revise(String tenant, String id, QualificationDefinition definition, Long expected) {
        QuarkusTransaction.requiringNew().run(() -> {
            lock.lock(LOCK, tenant);
            requireAt(tenant, id, expected);
            requireAcceptable(id, tenant, definition);
            send(new ReviseQualification(id, tenant, definition, expected), id, expected);
        });
    }

    /** Puts the open draft in force from now, after checking it again: its components may have changed. */
    public void publish(String tenant, String id, Long expected) {
        QuarkusTransaction.requiringNew().run(() -> {
            lock.lock(LOCK, tenant);
            Optional<QualificationVersionRecord> draft = requireAt(tenant, id, expected).draft();
            if (draft.isPresent()) {
                requireAcceptable(id, tenant, draft.get().definition());
            }
            send(new PublishQualification(id, tenant, clock.instant(), expected), id, expected);
        });
    }

    private QualificationRecord requireAt(String tenant, String id, Long expected) {
        QualificationRecord q = rows.find(id).filter(found -> found.issuerId().equals(tenant))
                .orElseThrow(() -> new NotFound("Qualification", id));
        if (expected != null && expected != q.aggregateVersion()) {
            throw new StaleVersion(id, expected);
        }
        return q;
    }

    private void requireAcceptable(String id, String tenant, QualificationDefinition definition) {
        List<RuleProblem> problems = new ArrayList<>(new RuleCheck(catalog, ownQualifications(tenant))
                .problems(id, tenant, definition));
        if (catalog.retired(definition.targetAchievementId())) {
            problems.add(new RuleProblem("target-achievement-retired", "targetAchievementId", "The achievement "
                    + definition.targetAchievementId() + " is retired and can no longer be issued, so this "
                    + "qualification could never be awarded: choose an achievement that is still published"));
        }
        if (!problems.isEmpty()) {
            throw new RuleProblemsFound(problems);
        }
    }

    /**
     * A qualification nests only its own institution's qualifications: another's is unknown to it, exactly like
     * one that does not exist, so that ids cannot be probed. Read as of now, under the lock, so that no cycle slips
     * through a change made a moment ago.
     */
    private QualificationGraph ownQualifications(String tenant) {
        QualificationGraph current = qualifications.current();
        return id -> current.find(id).filter(facts -> facts.issuerId().equals(tenant));
    }

    private void send(Object command, String id, Long expected) {
        try {
            commands.send(command);
        } catch (ConflictingModificationException e) {
            // The lock makes this unlikely; a change that bypassed it (an operator's tool) still must not win.
            throw new StaleVersion(id, expected);
        }
    }
}
