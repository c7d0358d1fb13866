package org.credstack.recognition.qualification.domain;

/**
 * Whether one rule of the qualification is met.
 *
 * @param rule        {@code required}, {@code choose}, {@code min-credits} or {@code credits-required}
 * @param group       the elective group's name for {@code choose} and {@code min-credits}, otherwise {@code null}
 * @param requirement the rule in words ("2 of 'Data electives': 'A', 'B', 'C'")
 * @param missing     what is still missing ("1 more of: 'B', 'C'"), {@code null} when met
 */
public record RuleOutcome(String rule, String group, String requirement, boolean met, String missing) {
}
