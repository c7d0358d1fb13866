package org.credstack.recognition.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credstack.recognition.equivalence.application.Equivalences;
import org.credstack.recognition.qualification.application.PublishedQualification;
import org.credstack.recognition.qualification.application.PublishedQualifications;
import org.credstack.recognition.qualification.domain.AcceptedEquivalent;
import org.credstack.recognition.qualification.domain.Component;
import org.credstack.recognition.qualification.domain.CreditEquivalence;

/**
 * Which published qualifications a change to a learner's credentials of some achievements can change the progress
 * of (D40): those that name one of the achievements, in any published version, as a component or an accepted
 * equivalent, or through a nested qualification that does, or whose institution has a credit transfer rule (in force
 * or withdrawn) that counts it as one of their components. The others' progress reads the same before and after.
 * Computed once per change of the published qualifications or of the transfer rules.
 */
@ApplicationScoped
public class AffectedQualifications {

    @Inject
    PublishedQualifications qualifications;
    @Inject
    Equivalences equivalences;

    /** The qualifications by achievement, for the qualification list and rules it was computed from. */
    private record Index(List<PublishedQualification> published, Map<String, List<CreditEquivalence>> rules,
                         Map<String, Set<String>> byAchievement) {
    }

    private volatile Index index;

    /** The ids of the qualifications whose progress a change of the learner's credentials of these can change. */
    public Set<String> of(Collection<String> achievementIds) {
        Map<String, Set<String>> byAchievement = index().byAchievement();
        Set<String> affected = new HashSet<>();
        for (String achievementId : achievementIds) {
            affected.addAll(byAchievement.getOrDefault(achievementId, Set.of()));
        }
        return affected;
    }

    private Index index() {
        List<PublishedQualification> published = qualifications.all();
        Map<String, List<CreditEquivalence>> rules = equivalences.everDefined();
        Index current = index;
        if (current != null && current.published() == published && current.rules() == rules) {
            return current;
        }
        Map<String, Set<String>> byAchievement = new HashMap<>();
        Map<String, Set<String>> named = new HashMap<>();
        for (PublishedQualification version : published) {
            for (String achievementId : named(version.qualificationId(), rules, named, new HashSet<>())) {
                byAchievement.computeIfAbsent(achievementId, a -> new HashSet<>()).add(version.qualificationId());
            }
        }
        current = new Index(published, rules, byAchievement);
        index = current;
        return current;
    }

    /** The achievements a qualification's published versions name, directly or through nested ones (memoised). */
    private Set<String> named(String qualificationId, Map<String, List<CreditEquivalence>> rules,
                              Map<String, Set<String>> memo, Set<String> visiting) {
        Set<String> known = memo.get(qualificationId);
        if (known != null) {
            return known;
        }
        Set<String> achievements = new HashSet<>();
        if (!visiting.add(qualificationId)) {
            return achievements; // a cycle, which publication refuses: nothing more to find
        }
        for (PublishedQualification version : qualifications.versions(qualificationId)) {
            List<CreditEquivalence> transfer = rules.getOrDefault(version.issuerId(), List.of());
            for (String component : version.componentAchievements()) {
                achievements.add(component);
                transfer.stream().filter(rule -> rule.countsAs().equals(component))
                        .forEach(rule -> achievements.add(rule.achievementId()));
            }
            for (Component component : version.definition().rules().allComponents()) {
                if (component.nested()) {
                    achievements.addAll(named(component.qualificationId(), rules, memo, visiting));
                }
            }
            for (AcceptedEquivalent accepted : version.definition().rules().acceptedEquivalents()) {
                achievements.add(accepted.achievementId());
            }
        }
        memo.put(qualificationId, achievements);
        return achievements;
    }
}
