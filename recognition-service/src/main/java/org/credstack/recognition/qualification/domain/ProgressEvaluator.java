package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a learner stands against one qualification version: a pure function of the rules, the learner's evidence
 * and the evaluation instant (the catalogue and the graph only name components in messages). How items are
 * assigned to components is {@link Assignment}'s to say, how the RPL/transfer cap applies {@link CreditCap}'s.
 */
public final class ProgressEvaluator {

    private final ComponentLabels labels;
    /** By definition (the same instance for every learner while the published qualifications stay loaded). */
    private final Map<QualificationDefinition, RuleOutcomes> outcomes = new IdentityHashMap<>();

    public ProgressEvaluator(AchievementCatalog catalog, QualificationGraph graph) {
        this.labels = new ComponentLabels(catalog, graph);
    }

    public Progress evaluate(String qualificationId, QualificationDefinition definition, LearnerEvidence evidence,
            Instant at) {
        QualificationRules rules = definition.rules();
        CandidateFinder finder = new CandidateFinder(rules, evidence, new Countability(at, rules.recencyYears()));
        Assignment assignment = new Assignment(labels);
        RuleOutcomes outcomesOf = outcomes.computeIfAbsent(definition, d -> new RuleOutcomes(labels, d));
        for (Placement p : outcomesOf.placements()) {
            assignment.fill(p, finder.forComponent(p.component()));
        }
        rplTowardTheWhole(qualificationId, evidence).forEach(assignment::addToWhole);

        List<Assignment.Taken> taken = assignment.taken();
        CreditCap cap = new CreditCap(definition);
        List<CountedCredit> counted = cap.count(taken);
        Map<Placement, CountedCredit> filled = new HashMap<>();
        TreeSet<String> credentialIds = new TreeSet<>();
        for (int i = 0; i < taken.size(); i++) {
            if (taken.get(i).placement() != null) {
                filled.put(taken.get(i).placement(), counted.get(i));
            }
            credentialIds.addAll(taken.get(i).candidate().credentialIds());
        }
        BigDecimal total = Credits.canonical(counted.stream().map(CountedCredit::credits)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        List<RuleOutcome> rulesMet = outcomesOf.of(filled, total);
        List<NotCounted> notCounted = new ArrayList<>(finder.excluded());
        notCounted.addAll(assignment.passedOver());
        return new Progress(rulesMet.stream().allMatch(RuleOutcome::met), definition.creditsRequired(), total,
                cap.cappedCounted(), cap.cap(), cap.cut(), rulesMet, counted, List.copyOf(credentialIds),
                notCounted);
    }

    /** Claims recognised toward this qualification as a whole, most credits first, then by claim id. */
    private static List<Candidate> rplTowardTheWhole(String qualificationId, LearnerEvidence evidence) {
        return evidence.rplCredits().stream()
                .filter(r -> qualificationId.equals(r.qualificationId()) && CandidateFinder.positive(r.credits()))
                .map(r -> new Candidate(CreditSource.RPL, r.claimId(), null, Set.of(), r.credits()))
                .sorted(Comparator.comparing(Candidate::credits, Comparator.reverseOrder())
                        .thenComparing(Candidate::itemId))
                .toList();
    }
}
