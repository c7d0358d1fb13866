package org.credstack.recognition.qualification.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A component where the rules place it: required ({@code group} is {@code null}) or in an elective group, with its
 * JSON path for problem detail. Listed required first, then each group's in order.
 */
record Placement(Component component, ElectiveGroup group, String field) {

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
