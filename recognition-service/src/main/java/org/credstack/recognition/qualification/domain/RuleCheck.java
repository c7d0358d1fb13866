package org.credstack.recognition.qualification.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejects qualification definitions that make no sense or can never be met, before they are defined, revised or
 * published. A pure function of the definition and of what the catalogue and the graph say; the application layer
 * runs it before each command, since the world may have changed since the draft was saved.
 */
public final class RuleCheck {

    private final AchievementCatalog catalog;
    private final QualificationGraph graph;
    private final ComponentLabels labels;

    public RuleCheck(AchievementCatalog catalog, QualificationGraph graph) {
        this.catalog = catalog;
        this.graph = graph;
        this.labels = new ComponentLabels(catalog, graph);
    }

    /**
     * Every problem, for field-level detail; empty when the definition is valid. The world is consulted only for a
     * well-formed definition, so that one mistake is not reported three times over.
     */
    public List<RuleProblem> problems(String qualificationId, String issuerId, QualificationDefinition definition) {
        List<RuleProblem> problems = new ArrayList<>(RuleShape.problems(definition, labels));
        if (problems.isEmpty()) {
            problems.addAll(new ComponentCycles(graph, labels).problems(qualificationId, definition.name(),
                    definition.rules()));
            problems.addAll(new RuleReach(catalog, graph, labels).problems(qualificationId, issuerId, definition));
        }
        return problems;
    }

    /** Throws the first problem as a {@code DomainRuleViolation} of kind INVALID (422). */
    public void requireValid(String qualificationId, String issuerId, QualificationDefinition definition) {
        List<RuleProblem> problems = problems(qualificationId, issuerId, definition);
        if (!problems.isEmpty()) {
            throw problems.get(0).toViolation();
        }
    }
}
