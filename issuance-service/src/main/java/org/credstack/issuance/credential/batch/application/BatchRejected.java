package org.credstack.issuance.credential.batch.application;

import java.util.List;

/**
 * An upload refused as a whole before anything was written, naming each offending row and field as
 * {@code rows[<index>].<field>} (the index counts data rows from 0, in upload order).
 */
public class BatchRejected extends RuntimeException {

    public enum Kind {
        /** Malformed, missing, wrongly typed or unknown fields (400). */
        INVALID,
        /** More rows than a batch may have (413). */
        TOO_LARGE,
        /** Well-formed, but a rule forbids rows of it, such as an unknown or retired achievement (422). */
        RULE
    }

    /** A field of the upload and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final String rule;
    private final List<FieldError> errors;

    public BatchRejected(Kind kind, String rule, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.rule = rule;
        this.errors = List.copyOf(errors);
    }

    public static BatchRejected of(Kind kind, String field, String message) {
        return new BatchRejected(kind, null, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    /** The rule broken, for {@link Kind#RULE}; otherwise {@code null}. */
    public String rule() {
        return rule;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
