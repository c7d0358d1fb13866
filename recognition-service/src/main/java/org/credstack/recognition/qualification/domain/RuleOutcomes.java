package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Each rule of a definition, met or not, with what is missing in words a learner and a registrar follow. */
final class RuleOutcomes {

    private final ComponentLabels labels;
    private final List<Placement> placements;
    private final Map<Placement, CountedCredit> filled;

    RuleOutcomes(ComponentLabels labels, List<Placement> placements, Map<Placement, CountedCredit> filled) {
        this.labels = labels;
        this.placements = placements;
        this.filled = filled;
    }

    List<RuleOutcome> of(QualificationDefinition definition, BigDecimal total) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        if (!definition.rules().required().isEmpty()) {
            List<Placement> required = in(null);
            List<Placement> open = open(required);
            outcomes.add(new RuleOutcome("required", null, "all of: " + names(required), open.isEmpty(),
                    open.isEmpty() ? null : "still needed: " + names(open)));
        }
        for (ElectiveGroup group : definition.rules().electiveGroups()) {
            outcomes.addAll(group(group));
        }
        BigDecimal required = Credits.orZero(definition.creditsRequired());
        BigDecimal shortfall = required.subtract(total);
        outcomes.add(new RuleOutcome("credits-required", null, Credits.format(required) + " credits in total",
                shortfall.signum() <= 0, shortfall.signum() <= 0 ? null : Credits.format(shortfall) + " more credits"));
        return outcomes;
    }

    private List<RuleOutcome> group(ElectiveGroup group) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        List<Placement> members = in(group);
        List<Placement> open = open(members);
        String name = "'" + group.name() + "'";
        if (group.choose() != null) {
            int lacking = group.choose() - (members.size() - open.size());
            outcomes.add(new RuleOutcome("choose", group.name(), group.choose() + " of " + name + ": "
                    + names(members), lacking <= 0, lacking <= 0 ? null : lacking + " more of: " + names(open)));
        }
        if (group.minCredits() != null) {
            BigDecimal counted = members.stream().filter(filled::containsKey).map(p -> filled.get(p).credits())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal lacking = group.minCredits().subtract(counted);
            outcomes.add(new RuleOutcome("min-credits", group.name(), "at least " + Credits.format(group.minCredits())
                    + " credits from " + name, lacking.signum() <= 0,
                    lacking.signum() <= 0 ? null : Credits.format(lacking) + " more credits from " + name));
        }
        return outcomes;
    }

    private List<Placement> in(ElectiveGroup group) {
        return placements.stream().filter(p -> group == null ? p.group() == null : group.equals(p.group())).toList();
    }

    private List<Placement> open(List<Placement> of) {
        return of.stream().filter(p -> !filled.containsKey(p)).toList();
    }

    private String names(List<Placement> of) {
        return of.stream().map(p -> labels.of(p.component())).collect(Collectors.joining(", "));
    }
}
