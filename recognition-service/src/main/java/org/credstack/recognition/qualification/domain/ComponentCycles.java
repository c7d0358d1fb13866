package org.credstack.recognition.qualification.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.credstack.recognition.qualification.domain.QualificationGraph.QualificationFacts;

/**
 * A qualification may not include itself, directly or through the qualifications it nests: its eligibility would
 * depend on itself. Walks the graph depth first, in id order so that the reported path is always the same.
 */
final class ComponentCycles {

    private final QualificationGraph graph;
    private final ComponentLabels labels;

    ComponentCycles(QualificationGraph graph, ComponentLabels labels) {
        this.graph = graph;
        this.labels = labels;
    }

    List<RuleProblem> problems(String selfId, String selfName, QualificationRules rules) {
        RuleProblems problems = new RuleProblems();
        String self = "'" + selfName + "'";
        for (Placement p : Placement.of(rules)) {
            String nestedId = p.component().qualificationId();
            if (!p.component().nested()) {
                continue;
            }
            if (nestedId.equals(selfId)) {
                problems.add("component-cycle", p.field(), self + " cannot include itself");
                continue;
            }
            List<String> path = pathBack(nestedId, selfId, new HashSet<>());
            if (path != null) {
                List<String> names = new ArrayList<>(List.of(self));
                path.forEach(id -> names.add(labels.qualification(id)));
                names.add(self);
                problems.add("component-cycle", p.field(), self + " would include itself: "
                        + String.join(" → ", names));
            }
        }
        return problems.list();
    }

    /** The qualifications from {@code from} that lead back to {@code selfId}, or {@code null} if none does. */
    private List<String> pathBack(String from, String selfId, Set<String> visited) {
        if (!visited.add(from)) {
            return null; // a cycle elsewhere in the graph, not through this qualification
        }
        Set<String> next = new TreeSet<>(graph.find(from).map(QualificationFacts::componentQualificationIds)
                .orElse(Set.of()));
        for (String id : next) {
            List<String> rest = id.equals(selfId) ? List.of() : pathBack(id, selfId, visited);
            if (rest != null) {
                List<String> path = new ArrayList<>(List.of(from));
                path.addAll(rest);
                return path;
            }
        }
        return null;
    }
}
