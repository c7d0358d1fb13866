package org.credstack.recognition.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.credstack.recognition.learner.Learner;
import org.credstack.platform.axon.SystemCommands;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.award.domain.FlagAwardAtRisk;
import org.credstack.recognition.award.domain.OpenAward;
import org.credstack.recognition.award.domain.RecordAwardIssued;
import org.credstack.recognition.qualification.application.PublishedQualification;
import org.credstack.recognition.qualification.domain.CredentialStatus;
import org.credstack.recognition.qualification.domain.HeldCredential;
import org.credstack.recognition.qualification.domain.Progress;
import org.credstack.recognition.qualification.domain.ProgressEvaluator;
import org.hibernate.Session;

/**
 * One learner's re-evaluation, in the caller's transaction: progress toward every published qualification what
 * changed can affect (D40), stored as its institution may see it; an award opened for each qualification newly met;
 * an award flagged at risk when a credential it counted no longer counts; an award's credential recorded when
 * issuance issued it.
 */
@ApplicationScoped
public class LearnerReevaluation {

    @Inject
    EntityManager em;
    @Inject
    ProgressEngine engine;
    @Inject
    SystemCommands commands;
    @Inject
    ObjectMapper json;
    @Inject
    AffectedQualifications affected;

    /**
     * Re-evaluates the learners the keys name, each once (a recipientRef and its wallet are one learner), reading what
     * they need for the whole batch at once; returns how long each key took: its share of the batch's reads and its
     * own evaluation and writes, in nanoseconds. {@code changed} maps each key to the achievements whose credentials
     * changed (only the qualifications they affect are evaluated), or to null when anything may have changed.
     */
    public Map<String, Long> reevaluate(Map<String, Set<String>> changed, Instant at) {
        long started = System.nanoTime();
        LearnerBatch batch = em.unwrap(Session.class).doReturningWork(c -> LearnerBatch.read(c, changed.keySet()));
        long readShare = (System.nanoTime() - started) / Math.max(1, changed.size());
        Map<String, Long> took = new LinkedHashMap<>();
        Map<String, Set<String>> qualificationsOf = affectedByLearner(batch, changed);
        Set<String> evaluated = new HashSet<>();
        ProgressWrites writes = new ProgressWrites();
        ProgressEvaluator evaluator = engine.evaluator();
        for (Map.Entry<String, Learner> entry : batch.learners().entrySet()) {
            long own = System.nanoTime();
            String key = entry.getKey();
            Learner learner = entry.getValue();
            if (!learner.id().equals(key) || learner.recipientRefs().isEmpty()) {
                NativeRows.update(em, "DELETE FROM learner_progress WHERE learner_id = ?1", key); // erased/merged
            }
            if (!learner.recipientRefs().isEmpty() && evaluated.add(learner.id())) {
                reevaluate(learner, batch, at, writes, qualificationsOf.get(learner.id()), evaluator);
            }
            took.put(key, readShare + System.nanoTime() - own);
        }
        long flushing = System.nanoTime();
        em.unwrap(Session.class).doWork(writes::flush);
        long flushShare = (System.nanoTime() - flushing) / Math.max(1, took.size());
        took.replaceAll((key, nanos) -> nanos + flushShare);
        return took;
    }

    /**
     * The qualifications to evaluate for each learner of the batch (by learner id; null: all): what the changes of
     * all the keys naming them affect, since a recipientRef and its wallet queued apart are one learner.
     */
    private Map<String, Set<String>> affectedByLearner(LearnerBatch batch, Map<String, Set<String>> changed) {
        Map<String, Set<String>> achievements = new HashMap<>();
        Set<String> everything = new HashSet<>();
        batch.learners().forEach((key, learner) -> {
            Set<String> ids = changed.get(key);
            if (ids == null) {
                everything.add(learner.id());
            } else {
                achievements.computeIfAbsent(learner.id(), id -> new HashSet<>()).addAll(ids);
            }
        });
        Map<String, Set<String>> qualifications = new HashMap<>();
        achievements.forEach((learnerId, ids) -> {
            if (!everything.contains(learnerId)) {
                qualifications.put(learnerId, affected.of(ids));
            }
        });
        return qualifications;
    }

    private void reevaluate(Learner learner, LearnerBatch batch, Instant at, ProgressWrites writes,
                            Set<String> only, ProgressEvaluator evaluator) {
        List<LearnerRecords.Held> held = batch.credentials(learner);
        List<HeldCredential> credentials = held.stream().map(LearnerRecords.Held::credential).toList();
        Map<String, String> stored = batch.digests(learner);
        List<LearnerBatch.AwardRow> awards = batch.awards(learner);
        for (Evaluated evaluated : engine.forInstitutions(learner, credentials, at, batch.consents(learner),
                batch.rplCredits(learner), only, evaluator)) {
            store(learner, evaluated, stored.get(evaluated.qualification().qualificationId()), at, writes);
            if (evaluated.progress().eligible()) {
                open(learner, evaluated, awards, at);
            }
        }
        awards(held, awards);
    }

    /**
     * Stores progress that counts something, unless the row already says the same ({@code storedDigest}); a learner
     * with nothing toward a qualification has no row for it. {@code evaluated_at} is when the stored progress last
     * changed.
     */
    private void store(Learner learner, Evaluated e, String storedDigest, Instant at, ProgressWrites writes) {
        PublishedQualification q = e.qualification();
        Progress p = e.progress();
        if (p.counted().isEmpty() && !p.eligible()) {
            if (storedDigest != null) {
                writes.delete(learner.id(), q.qualificationId());
            }
            return;
        }
        String digest = ProgressDigest.of(p, q.issuerId(), Integer.toString(q.version()),
                String.join(",", learner.recipientRefs()));
        if (!digest.equals(storedDigest)) {
            writes.upsert(learner, q, p, write(p), digest, at);
        }
    }

    /**
     * Opens the learner's award unless one of their recipientRefs already has one, in whatever state: a learner who
     * links an address or opens a wallet becomes a new learner id, but not a second award.
     */
    private void open(Learner learner, Evaluated e, List<LearnerBatch.AwardRow> awards, Instant at) {
        PublishedQualification q = e.qualification();
        if (awards.stream().anyMatch(a -> a.qualificationId().equals(q.qualificationId()))) {
            return;
        }
        commands.send(q.issuerId(), new OpenAward(awardId(learner.id(), q.qualificationId()), q.qualificationId(),
                q.version(), q.issuerId(), q.definition().targetAchievementId(), q.definition().awardPolicy(),
                learner.id(), learner.recipientRefs(), e.progress().countedCredentialIds(),
                e.progress().totalCredits(), at));
    }

    /**
     * Flags awards whose counted credentials stopped counting (unless already flagged for them); records award
     * credentials issuance issued.
     */
    private void awards(List<LearnerRecords.Held> held, List<LearnerBatch.AwardRow> awards) {
        Map<String, CredentialStatus> status = held.stream().collect(Collectors.toMap(
                h -> h.credential().credentialId(), h -> h.credential().status(), (a, b) -> a));
        for (LearnerBatch.AwardRow award : awards) {
            if (award.state().equals("WITHDRAWN")) {
                continue;
            }
            for (String counted : award.countedCredentialIds()) {
                CredentialStatus now = status.get(counted);
                // the aggregate flags neither an award already at risk nor one credential twice: no command then
                if (now != CredentialStatus.ACTIVE && !award.state().equals("AT_RISK")
                        && !award.flaggedCredentialIds().contains(counted)) {
                    commands.send(award.issuerId(), new FlagAwardAtRisk(award.awardId(), counted,
                            now == null ? "ERASED" : now.name()));
                }
            }
            if (award.credentialId() == null) {
                held.stream().filter(h -> award.awardId().equals(h.awardId())).findFirst().ifPresent(h ->
                        commands.send(award.issuerId(), new RecordAwardIssued(award.awardId(),
                                h.credential().credentialId())));
            }
        }
    }

    /** One award per learner and qualification, whichever replica or re-evaluation opens it. */
    static String awardId(String learnerId, String qualificationId) {
        return UUID.nameUUIDFromBytes(("award:" + learnerId + ":" + qualificationId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String write(Progress progress) {
        try {
            return json.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write progress", e);
        }
    }
}
