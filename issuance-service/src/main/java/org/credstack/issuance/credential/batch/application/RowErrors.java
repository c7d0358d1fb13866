package org.credstack.issuance.credential.batch.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects what is wrong with an upload, row by row, so that one answer names every problem rather than the first.
 * The answer lists at most {@value #MAX_LISTED} of them (a systematic mistake in 100,000 rows must not produce a
 * response larger than the upload) and counts the rest.
 */
public final class RowErrors {

    static final int MAX_LISTED = 100;

    private final List<BatchRejected.FieldError> listed = new ArrayList<>();
    private String rule;
    private int count;

    public static String row(int index) {
        return "rows[" + index + "]";
    }

    public void add(String field, String message) {
        add(null, field, message);
    }

    /** A field breaking a rule; the first rule added names the problem. */
    public void add(String rule, String field, String message) {
        if (this.rule == null) {
            this.rule = rule;
        }
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(new BatchRejected.FieldError(field, message));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** @throws BatchRejected of the given kind if anything was added */
    public void throwIfAny(BatchRejected.Kind kind) {
        if (count == 0) {
            return;
        }
        String detail = listed.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        if (count > listed.size()) {
            detail += "; and " + (count - listed.size()) + " more";
        }
        throw new BatchRejected(kind, rule, detail, listed);
    }
}
