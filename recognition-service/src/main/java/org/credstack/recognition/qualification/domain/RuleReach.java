package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.credstack.recognition.qualification.domain.AchievementCatalog.AchievementFacts;
import org.credstack.recognition.qualification.domain.QualificationGraph.QualificationFacts;

/**
 * What a well-formed definition needs from the world: components that exist, at a level that can count, and
 * credit conditions that the components can ever meet.
 */
final class RuleReach {

    private final AchievementCatalog catalog;
    private final QualificationGraph graph;
    private final ComponentLabels labels;
    private final RuleProblems problems = new RuleProblems();

    RuleReach(AchievementCatalog catalog, QualificationGraph graph, ComponentLabels labels) {
        this.catalog = catalog;
        this.graph = graph;
        this.labels = labels;
    }

    List<RuleProblem> problems(String qualificationId, String issuerId, QualificationDefinition definition) {
        target(issuerId, definition.targetAchievementId());
        boolean allKnown = components(qualificationId, definition.rules());
        equivalents(definition.rules());
        if (allKnown) {
            // Credit bounds need every component's credits; an unknown one is reported above instead.
            new CreditReach(problems, catalog, graph).check(definition);
        }
        return problems.list();
    }

    private void target(String issuerId, String targetId) {
        Optional<AchievementFacts> target = catalog.find(targetId);
        if (target.isEmpty()) {
            problems.add("unknown-achievement", "targetAchievementId", "No published achievement has the id "
                    + targetId + ": publish the achievement this qualification awards first");
        } else if (!target.get().issuerId().equals(issuerId)) {
            problems.add("target-not-own-achievement", "targetAchievementId", labels.achievement(targetId)
                    + " belongs to another institution; a qualification awards one of its own institution's "
                    + "achievements");
        }
    }

    private boolean components(String qualificationId, QualificationRules rules) {
        boolean allKnown = true;
        for (Placement p : Placement.of(rules)) {
            Component c = p.component();
            if (c.nested() && c.qualificationId().equals(qualificationId)) {
                allKnown = false; // including itself is a cycle, reported as such; its credits are meaningless
            } else if (c.nested()) {
                Optional<QualificationFacts> nested = graph.find(c.qualificationId());
                allKnown &= nested.isPresent();
                problems.require(nested.isPresent(), "unknown-qualification", p.field() + ".qualificationId",
                        "No qualification has the id " + c.qualificationId());
            } else {
                allKnown &= achievement(rules, p);
            }
        }
        return allKnown;
    }

    private boolean achievement(QualificationRules rules, Placement p) {
        Component c = p.component();
        Optional<AchievementFacts> facts = catalog.find(c.achievementId());
        problems.require(facts.isPresent(), "unknown-achievement", p.field() + ".achievementId",
                "No published achievement has the id " + c.achievementId());
        Integer min = rules.minEqfLevelFor(c);
        Integer level = facts.map(AchievementFacts::eqfLevel).orElse(null);
        problems.require(min == null || level == null || level >= min, "eqf-unreachable", p.field(),
                labels.of(c) + " is at EQF level " + level + ", below the minimum of " + min
                        + " that applies to it: none of its credentials could ever count");
        return facts.isPresent();
    }

    private void equivalents(QualificationRules rules) {
        for (int i = 0; i < rules.acceptedEquivalents().size(); i++) {
            AcceptedEquivalent e = rules.acceptedEquivalents().get(i);
            Optional<String> publisher = catalog.find(e.achievementId()).map(AchievementFacts::issuerId);
            problems.require(publisher.isEmpty() || publisher.get().equals(e.issuerId()),
                    "equivalent-issuer-mismatch", "rules.acceptedEquivalents[" + i + "].issuerId",
                    labels.achievement(e.achievementId()) + " is issued by " + publisher.orElse(null) + ", not by "
                            + e.issuerId());
        }
    }

    /** The credits a component carries by definition: the achievement's, or the nested qualification's. */
    static BigDecimal nativeCredits(Component c, AchievementCatalog catalog, QualificationGraph graph) {
        BigDecimal credits = c.nested()
                ? graph.find(c.qualificationId()).map(QualificationFacts::creditsRequired).orElse(null)
                : catalog.find(c.achievementId()).map(AchievementFacts::credits).orElse(null);
        return Credits.orZero(credits);
    }
}
