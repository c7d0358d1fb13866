package org.credstack.recognition.qualification.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What each accepted equivalent must satisfy on its own. */
final class EquivalentShape {

    private final RuleProblems problems;
    private final ComponentLabels labels;

    EquivalentShape(RuleProblems problems, ComponentLabels labels) {
        this.problems = problems;
        this.labels = labels;
    }

    void check(QualificationRules rules) {
        Set<String> achievementComponents = rules.allComponents().stream().map(Component::achievementId)
                .filter(id -> id != null).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.acceptedEquivalents().size(); i++) {
            AcceptedEquivalent e = rules.acceptedEquivalents().get(i);
            String field = "rules.acceptedEquivalents[" + i + "]";
            if (RuleShape.blank(e.issuerId()) || RuleShape.blank(e.achievementId()) || RuleShape.blank(e.countsAs())) {
                problems.add("equivalent-incomplete", field,
                        "An accepted equivalent names the external issuerId, its achievementId and the component "
                                + "it countsAs");
                continue;
            }
            problems.require(achievementComponents.contains(e.countsAs()), "equivalent-for-unknown-component",
                    field + ".countsAs", "The accepted equivalent " + labels.achievement(e.achievementId())
                            + " counts as " + labels.achievement(e.countsAs())
                            + ", which is not an achievement component of these rules");
            problems.require(RuleProblems.validCredits(e.credits(), false), "equivalent-credits-invalid",
                    field + ".credits", "The accepted equivalent " + labels.achievement(e.achievementId())
                            + " must count for more than zero credits, at most two decimals, not " + e.credits());
            problems.require(seen.add(e.issuerId() + "\n" + e.achievementId()), "duplicate-equivalent", field,
                    "The accepted equivalent " + labels.achievement(e.achievementId())
                            + " is listed twice; it can stand for one component only");
        }
    }
}
