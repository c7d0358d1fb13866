package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The stacking rules of one qualification version; the REST layer takes them as JSON as they are, and
 * {@code QualificationPublished.rules} carries them. Optional parts are {@code null}.
 *
 * @param required            components the learner must all hold
 * @param electiveGroups      groups of components to choose among, each with its own condition
 * @param minEqfLevel         a credential below this EQF level does not count (unless its component overrides it)
 * @param recencyYears        a credential counts only if issued within this many years before the evaluation
 * @param maxRplShare         the fraction (0..1) of creditsRequired that RPL and credit transfer together may supply;
 *                            {@code null} sets no limit
 * @param acceptedEquivalents external achievements accepted in place of components
 */
public record QualificationRules(List<Component> required, List<ElectiveGroup> electiveGroups, Integer minEqfLevel,
        Integer recencyYears, BigDecimal maxRplShare, List<AcceptedEquivalent> acceptedEquivalents) {

    public QualificationRules {
        required = required == null ? List.of() : List.copyOf(required);
        electiveGroups = electiveGroups == null ? List.of() : List.copyOf(electiveGroups);
        maxRplShare = Credits.canonical(maxRplShare);
        acceptedEquivalents = acceptedEquivalents == null ? List.of() : List.copyOf(acceptedEquivalents);
    }

    /** Every component, required ones first, then each group's in order: the order credentials are assigned in. */
    public List<Component> allComponents() {
        List<Component> all = new ArrayList<>(required);
        electiveGroups.forEach(group -> all.addAll(group.components()));
        return all;
    }

    /** The minimum EQF level a credential must have to count for {@code component}, or {@code null} for none. */
    public Integer minEqfLevelFor(Component component) {
        return component.minEqfLevel() != null ? component.minEqfLevel() : minEqfLevel;
    }
}
