package org.credstack.recognition.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.credstack.recognition.catalog.CatalogAchievements;
import org.credstack.recognition.catalog.CatalogQualifications;
import org.credstack.recognition.learner.Learner;
import org.credstack.recognition.consent.Consents.Consent;
import org.credstack.recognition.equivalence.application.Equivalences;
import org.credstack.recognition.qualification.application.PublishedQualification;
import org.credstack.recognition.qualification.application.PublishedQualifications;
import org.credstack.recognition.qualification.domain.Component;
import org.credstack.recognition.qualification.domain.EligibleQualification;
import org.credstack.recognition.qualification.domain.HeldCredential;
import org.credstack.recognition.qualification.domain.LearnerEvidence;
import org.credstack.recognition.qualification.domain.ProgressEvaluator;
import org.credstack.recognition.qualification.domain.RplCredit;

/**
 * A learner's progress toward every published qualification. An institution counts its own credentials and another
 * institution's only where the learner consented (for that qualification, or for any purpose of the institution); the
 * learner's own view counts everything they hold. Each qualification is assessed against the version in force when
 * the learner started it (their first credential of one of its components), or the newest if they have none yet.
 */
@ApplicationScoped
public class ProgressEngine {

    @Inject
    PublishedQualifications qualifications;
    @Inject
    Equivalences equivalences;
    @Inject
    LearnerRecords records;
    @Inject
    CatalogAchievements achievements;
    @Inject
    CatalogQualifications graph;

    /**
     * Progress as each qualification's institution may see it: what awards are decided on. {@code given} are the
     * consents of the learner's wallet and {@code rplCredits} their RPL credit by institution, as the caller read them
     * (the progress worker reads them for a whole batch of learners at once); for the qualifications {@code only}
     * names (null: all), with an evaluator the caller shares between the learners of a batch ({@link #evaluator()}).
     */
    public List<Evaluated> forInstitutions(Learner learner, List<HeldCredential> held, Instant at, List<Consent> given,
                                           Map<String, List<RplCredit>> rplCredits, Set<String> only,
                                           ProgressEvaluator evaluator) {
        return evaluate(new Run(held, at, given, rplCredits, evaluator), only);
    }

    /**
     * An evaluator for a batch of learners: it keeps what does not depend on the learner (the rules' texts, the
     * components' names) from one learner to the next, as of the catalogue when it was made.
     */
    public ProgressEvaluator evaluator() {
        return new ProgressEvaluator(achievements, graph);
    }

    /** Progress as the learner sees it: everything they hold counts. */
    public List<Evaluated> forLearner(Learner learner, List<HeldCredential> held, Instant at) {
        return evaluate(new Run(held, at, null, records.rplCredits(learner.id(), learner.recipientRefs()), evaluator()),
                null);
    }

    /** Each published qualification's progress, or those {@code only} names (null: all). */
    private List<Evaluated> evaluate(Run run, Set<String> only) {
        return qualifications.latest().stream().filter(latest -> only == null || only.contains(latest.qualificationId()))
                .map(latest -> run.evaluate(latest.qualificationId())).toList();
    }

    /**
     * One learner's evaluation: what they hold, the consents of their wallet ({@code given}, null when everything
     * they hold counts) and their RPL credit by institution, read once; each qualification evaluated once, nested
     * ones first.
     */
    private final class Run {

        private final List<HeldCredential> held;
        private final Instant at;
        private final List<Consent> given;
        private final Map<String, List<RplCredit>> rplCredits;
        private final ProgressEvaluator evaluator;
        private final Map<String, Evaluated> done = new HashMap<>();

        Run(List<HeldCredential> held, Instant at, List<Consent> given, Map<String, List<RplCredit>> rplCredits,
            ProgressEvaluator evaluator) {
            this.evaluator = evaluator;
            this.held = held;
            this.at = at;
            this.given = given;
            this.rplCredits = rplCredits;
        }

        Evaluated evaluate(String qualificationId) {
            Evaluated known = done.get(qualificationId);
            if (known != null) {
                return known;
            }
            PublishedQualification version = versionFor(qualificationId, held);
            String issuer = version.issuerId();
            Predicate<HeldCredential> visible = visibility(given, issuer, qualificationId, at);
            List<EligibleQualification> nested = new ArrayList<>();
            for (Component component : version.definition().rules().allComponents()) {
                if (component.nested() && isPublished(component.qualificationId())) {
                    Evaluated inner = evaluate(component.qualificationId());
                    if (inner.progress().eligible()) {
                        nested.add(EligibleQualification.of(component.qualificationId(), inner.progress()));
                    }
                }
            }
            LearnerEvidence evidence = new LearnerEvidence(held.stream().filter(visible).toList(),
                    rplCredits.getOrDefault(issuer, List.of()), equivalences.ofIssuer(issuer), nested);
            Evaluated evaluated = new Evaluated(version, evaluator.evaluate(qualificationId, version.definition(),
                    evidence, at));
            done.put(qualificationId, evaluated);
            return evaluated;
        }
    }

    /** What an institution counts: its own credentials, and another's where a consent covers it for this purpose. */
    private static Predicate<HeldCredential> visibility(List<Consent> given, String issuer, String qualificationId,
                                                        Instant at) {
        if (given == null) {
            return credential -> true;
        }
        String purpose = "qualification:" + qualificationId;
        return credential -> credential.issuerId().equals(issuer) || given.stream()
                .anyMatch(consent -> consent.covers(issuer, credential.credentialId(), purpose, at));
    }

    private boolean isPublished(String qualificationId) {
        return !qualifications.versions(qualificationId).isEmpty();
    }

    /** The version in force when the learner earned their first credential of one of its components. */
    private PublishedQualification versionFor(String qualificationId, List<HeldCredential> held) {
        List<PublishedQualification> versions = qualifications.versions(qualificationId);
        PublishedQualification newest = versions.get(versions.size() - 1);
        Set<String> components = newest.componentAchievements();
        Instant start = null;
        for (HeldCredential credential : held) {
            if (components.contains(credential.achievementId())
                    && (start == null || credential.issuedAt().isBefore(start))) {
                start = credential.issuedAt();
            }
        }
        if (start == null) {
            return newest;
        }
        return qualifications.inForceAt(qualificationId, start).orElse(versions.get(0));
    }
}
