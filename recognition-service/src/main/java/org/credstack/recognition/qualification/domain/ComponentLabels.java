package org.credstack.recognition.qualification.domain;

import java.util.Optional;

/** Names components the way a registrar knows them: by their published name, falling back to the id. */
final class ComponentLabels {

    private final AchievementCatalog catalog;
    private final QualificationGraph graph;
    private final java.util.Map<String, String> achievementLabels = new java.util.HashMap<>();

    ComponentLabels(AchievementCatalog catalog, QualificationGraph graph) {
        this.catalog = catalog;
        this.graph = graph;
    }

    String of(Component component) {
        return component.nested() ? qualification(component.qualificationId()) : achievement(component.key());
    }

    /** Looked up once per evaluator: one learner's evaluation names the same components again and again. */
    String achievement(String achievementId) {
        return achievementLabels.computeIfAbsent(String.valueOf(achievementId), id -> quoted(
                catalog.find(achievementId).map(AchievementCatalog.AchievementFacts::name), achievementId));
    }

    String qualification(String qualificationId) {
        return quoted(graph.find(qualificationId).map(QualificationGraph.QualificationFacts::name), qualificationId);
    }

    private static String quoted(Optional<String> name, String id) {
        return "'" + name.filter(n -> !n.isBlank()).orElse(String.valueOf(id)) + "'";
    }
}
