package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a definition must satisfy on its own; the world is consulted only to name components in messages. */
final class RuleShape {

    private final ComponentLabels labels;
    private final RuleProblems problems = new RuleProblems();

    private RuleShape(ComponentLabels labels) {
        this.labels = labels;
    }

    static List<RuleProblem> problems(QualificationDefinition definition, ComponentLabels labels) {
        RuleShape shape = new RuleShape(labels);
        shape.definition(definition);
        shape.components(definition.rules(), definition.targetAchievementId());
        shape.groups(definition.rules().electiveGroups());
        shape.limits(definition.rules());
        new EquivalentShape(shape.problems, labels).check(definition.rules());
        return shape.problems.list();
    }

    private void definition(QualificationDefinition d) {
        problems.require(!blank(d.name()), "qualification-name-required", "name", "A qualification needs a name");
        problems.require(!blank(d.targetAchievementId()), "target-achievement-required", "targetAchievementId",
                "A qualification needs the achievement it awards on completion");
        problems.require(RuleProblems.validCredits(d.creditsRequired(), true), "credits-required-invalid",
                "creditsRequired", "Credits required must be zero or more with at most two decimals, not "
                        + d.creditsRequired());
        problems.require(d.awardPolicy() != null, "award-policy-required", "awardPolicy",
                "Choose whether awards are AUTOMATIC or CONFIRMED by staff first");
        QualificationRules r = d.rules();
        problems.require(!(r.required().isEmpty() && r.electiveGroups().isEmpty()), "empty-rules", "rules",
                "The rules name no components: list required components, elective groups, or both");
    }

    private void components(QualificationRules rules, String target) {
        Map<String, String> seen = new HashMap<>();
        for (Placement p : Placement.of(rules)) {
            Component c = p.component();
            if ((c.achievementId() == null) == (c.qualificationId() == null)) {
                problems.add("component-needs-one-target", p.field(),
                        "A component is either an achievementId or a qualificationId, exactly one of them");
                continue;
            }
            if (c.nested() && c.minEqfLevel() != null) {
                problems.add("eqf-level-on-qualification", p.field() + ".minEqfLevel", "The EQF minimum applies to "
                        + "credentials; " + labels.of(c) + " is a qualification: set it on its own components");
            }
            eqfLevel(c.minEqfLevel(), p.field() + ".minEqfLevel");
            if (seen.putIfAbsent(c.key(), p.field()) != null) {
                problems.add("duplicate-component", p.field(), labels.of(c) + " is listed twice (also at "
                        + seen.get(c.key()) + "); a credential counts for one component only, so list it once");
            }
            if (!c.nested() && c.achievementId().equals(target)) {
                problems.add("target-is-component", p.field(), labels.of(c) + " is the achievement this "
                        + "qualification awards; it cannot also be one of its components");
            }
        }
    }

    private void groups(List<ElectiveGroup> groups) {
        Set<String> names = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            ElectiveGroup group = groups.get(g);
            String field = "rules.electiveGroups[" + g + "]";
            String name = "Elective group '" + group.name() + "'";
            if (blank(group.name())) {
                problems.add("elective-group-name-required", field + ".name", "Each elective group needs a name");
            } else if (!names.add(group.name().strip())) {
                problems.add("duplicate-elective-group", field + ".name",
                        "Two elective groups are called '" + group.name() + "'; give each its own name");
            }
            int m = group.components().size();
            if (group.choose() == null && group.minCredits() == null) {
                problems.add("elective-group-condition-missing", field, name + " needs choose (how many of its "
                        + "components) or minCredits (how many credits from them), or both");
            }
            if (m == 0) {
                problems.add("elective-group-unsatisfiable", field + ".components", name + " has no components");
            } else if (group.choose() != null && (group.choose() < 1 || group.choose() > m)) {
                String hint = group.choose() < 1 ? "; choose at least 1" : "";
                problems.add("elective-group-unsatisfiable", field + ".choose",
                        name + " asks for " + group.choose() + " of " + m + " components" + hint);
            }
            if (group.minCredits() != null && !RuleProblems.validCredits(group.minCredits(), false)) {
                problems.add("elective-group-min-credits-invalid", field + ".minCredits", name + " asks for "
                        + group.minCredits() + " credits; minCredits must be more than zero, at most two decimals");
            }
        }
    }

    private void limits(QualificationRules rules) {
        eqfLevel(rules.minEqfLevel(), "rules.minEqfLevel");
        problems.require(rules.recencyYears() == null || rules.recencyYears() > 0, "recency-not-positive",
                "rules.recencyYears", "Recency is a number of years of at least 1, not " + rules.recencyYears());
        BigDecimal share = rules.maxRplShare();
        problems.require(share == null || (share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0),
                "rpl-share-out-of-range", "rules.maxRplShare", "maxRplShare is the fraction of the credits required "
                        + "that RPL and credit transfer may supply, from 0 to 1, not " + share);
    }

    private void eqfLevel(Integer level, String field) {
        problems.require(level == null || (level >= 1 && level <= 8), "eqf-level-out-of-range", field,
                "An EQF level is 1 to 8, not " + level);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
