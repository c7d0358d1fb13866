package org.credstack.platform.domain;

/**
 * A command broke a business rule. Plain Java so that aggregates can throw it; the web layer answers 409 or 422
 * problem+json naming {@link #rule()}.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;
    private final Kind kind;

    public enum Kind {
        /** The request is well-formed but conflicts with the current state (409). */
        CONFLICT,
        /** The request is semantically invalid (422). */
        INVALID
    }

    public DomainRuleViolation(String rule, String message) {
        this(rule, message, Kind.CONFLICT);
    }

    public DomainRuleViolation(String rule, String message, Kind kind) {
        super(message);
        this.rule = rule;
        this.kind = kind;
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
