package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Credit conditions that can never be met. Upper bounds only, so that nothing evaluation could satisfy is rejected:
 * transfer and RPL replace or add credits only within maxRplShare, so the most a learner can count is the
 * components' own credits plus that share.
 */
final class CreditReach {

    private final RuleProblems problems;
    private final AchievementCatalog catalog;
    private final QualificationGraph graph;

    CreditReach(RuleProblems problems, AchievementCatalog catalog, QualificationGraph graph) {
        this.problems = problems;
        this.catalog = catalog;
        this.graph = graph;
    }

    void check(QualificationDefinition definition) {
        QualificationRules rules = definition.rules();
        for (int g = 0; g < rules.electiveGroups().size(); g++) {
            group(rules, rules.electiveGroups().get(g), "rules.electiveGroups[" + g + "].minCredits");
        }
        BigDecimal share = rules.maxRplShare();
        BigDecimal required = definition.creditsRequired();
        if (share == null || required == null) {
            return; // without a cap, RPL toward the qualification can supply any remainder
        }
        BigDecimal components = sum(rules.allComponents());
        BigDecimal allowance = share.multiply(required);
        problems.require(required.compareTo(components.add(allowance)) <= 0, "credits-unreachable",
                "creditsRequired", Credits.format(required) + " credits are required, but the components carry at "
                        + "most " + Credits.format(components) + " and RPL and credit transfer may add at most "
                        + Credits.format(allowance) + " (maxRplShare " + share.toPlainString() + ")");
    }

    /**
     * A group's credits are judged as the registrar wrote them: each component's own credits, or an accepted
     * equivalent's where that is more. Transfer the institution grants later is not foreseen here.
     */
    private void group(QualificationRules rules, ElectiveGroup group, String field) {
        if (group.minCredits() == null) {
            return;
        }
        BigDecimal most = BigDecimal.ZERO;
        for (Component c : group.components()) {
            BigDecimal credits = RuleReach.nativeCredits(c, catalog, graph);
            for (AcceptedEquivalent e : rules.acceptedEquivalents()) {
                if (c.key().equals(e.countsAs()) && e.credits() != null && e.credits().compareTo(credits) > 0) {
                    credits = e.credits();
                }
            }
            most = most.add(credits);
        }
        problems.require(group.minCredits().compareTo(most) <= 0, "elective-group-unsatisfiable", field,
                "Elective group '" + group.name() + "' asks for " + Credits.format(group.minCredits())
                        + " credits, but its components carry at most " + Credits.format(most));
    }

    private BigDecimal sum(List<Component> components) {
        return components.stream().map(c -> RuleReach.nativeCredits(c, catalog, graph))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
