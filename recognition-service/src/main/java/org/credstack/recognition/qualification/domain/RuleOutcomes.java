package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each rule of one definition, met or not, with what is missing in words a learner and a registrar follow. Made once
 * per definition for an evaluator: the rules' placements and their requirement texts do not depend on the learner,
 * and a progress rebuild evaluates every learner against the same few definitions.
 */
final class RuleOutcomes {

    private final ComponentLabels labels;
    private final QualificationDefinition definition;
    private final List<Placement> placements;
    private final List<Placement> required = new ArrayList<>();
    private final List<List<Placement>> members = new ArrayList<>();
    private final List<String> requirements = new ArrayList<>();

    RuleOutcomes(ComponentLabels labels, QualificationDefinition definition) {
        this.labels = labels;
        this.definition = definition;
        this.placements = Placement.of(definition.rules());
        for (Placement p : placements) {
            if (p.group() == null) {
                required.add(p);
            }
        }
        if (!definition.rules().required().isEmpty()) {
            requirements.add("all of: " + names(required));
        }
        for (ElectiveGroup group : definition.rules().electiveGroups()) {
            List<Placement> in = new ArrayList<>();
            for (Placement p : placements) {
                if (group.equals(p.group())) {
                    in.add(p);
                }
            }
            members.add(in);
            String name = "'" + group.name() + "'";
            if (group.choose() != null) {
                requirements.add(group.choose() + " of " + name + ": " + names(in));
            }
            if (group.minCredits() != null) {
                requirements.add("at least " + Credits.format(group.minCredits()) + " credits from " + name);
            }
        }
        requirements.add(Credits.format(Credits.orZero(definition.creditsRequired())) + " credits in total");
    }

    /** Required first, then each group's, in the rules' order. */
    List<Placement> placements() {
        return placements;
    }

    List<RuleOutcome> of(Map<Placement, CountedCredit> filled, BigDecimal total) {
        List<RuleOutcome> outcomes = new ArrayList<>(requirements.size());
        int rule = 0;
        if (!definition.rules().required().isEmpty()) {
            List<Placement> open = open(required, filled);
            outcomes.add(new RuleOutcome("required", null, requirements.get(rule++), open.isEmpty(),
                    open.isEmpty() ? null : "still needed: " + names(open)));
        }
        List<ElectiveGroup> groups = definition.rules().electiveGroups();
        for (int g = 0; g < groups.size(); g++) {
            ElectiveGroup group = groups.get(g);
            List<Placement> in = members.get(g);
            List<Placement> open = open(in, filled);
            if (group.choose() != null) {
                int lacking = group.choose() - (in.size() - open.size());
                outcomes.add(new RuleOutcome("choose", group.name(), requirements.get(rule++), lacking <= 0,
                        lacking <= 0 ? null : lacking + " more of: " + names(open)));
            }
            if (group.minCredits() != null) {
                BigDecimal counted = BigDecimal.ZERO;
                for (Placement p : in) {
                    CountedCredit credit = filled.get(p);
                    if (credit != null) {
                        counted = counted.add(credit.credits());
                    }
                }
                BigDecimal lacking = group.minCredits().subtract(counted);
                outcomes.add(new RuleOutcome("min-credits", group.name(), requirements.get(rule++),
                        lacking.signum() <= 0, lacking.signum() <= 0 ? null
                                : Credits.format(lacking) + " more credits from '" + group.name() + "'"));
            }
        }
        BigDecimal shortfall = Credits.orZero(definition.creditsRequired()).subtract(total);
        outcomes.add(new RuleOutcome("credits-required", null, requirements.get(rule), shortfall.signum() <= 0,
                shortfall.signum() <= 0 ? null : Credits.format(shortfall) + " more credits"));
        return outcomes;
    }

    private static List<Placement> open(List<Placement> of, Map<Placement, CountedCredit> filled) {
        List<Placement> open = new ArrayList<>(of.size());
        for (Placement p : of) {
            if (!filled.containsKey(p)) {
                open.add(p);
            }
        }
        return open;
    }

    private String names(List<Placement> of) {
        StringBuilder names = new StringBuilder();
        for (Placement p : of) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(labels.of(p.component()));
        }
        return names.toString();
    }
}
