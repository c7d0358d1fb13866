package org.credstack.recognition.qualification.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A component where the rules place it: required ({@code group} is {@code null}) or in an elective group, with its
 * JSON path for problem detail. Listed required first, then each group's in order.
 */
record Placement(Component component, ElectiveGroup group, String field) {

    /**
     * The field's hash: it names the placement within its rules, and equal placements have equal fields. The
     * generated hash went through the component and the whole elective group, every component of it, on each lookup
     * of the evaluation's maps (8 % of a progress rebuild's evaluation time).
     */
    @Override
    public int hashCode() {
        return field.hashCode();
    }

    static List<Placement> of(QualificationRules rules) {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < rules.required().size(); i++) {
            placements.add(new Placement(rules.required().get(i), null, "rules.required[" + i + "]"));
        }
        for (int g = 0; g < rules.electiveGroups().size(); g++) {
            ElectiveGroup group = rules.electiveGroups().get(g);
            for (int i = 0; i < group.components().size(); i++) {
                placements.add(new Placement(group.components().get(i), group,
                        "rules.electiveGroups[" + g + "].components[" + i + "]"));
            }
        }
        return placements;
    }
}
