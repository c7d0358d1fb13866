package org.credstack.recognition.qualification.domain;

import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.DomainRuleViolation.Kind;

/**
 * One reason a definition can never be met or makes no sense, for field-level problem+json detail.
 *
 * @param rule    the rule broken, as named in the violation ("elective-group-unsatisfiable")
 * @param field   where in the definition, as a JSON path ("rules.electiveGroups[0].choose")
 * @param message what a registrar reads
 */
public record RuleProblem(String rule, String field, String message) {

    public DomainRuleViolation toViolation() {
        return new DomainRuleViolation(rule, message, Kind.INVALID);
    }
}
