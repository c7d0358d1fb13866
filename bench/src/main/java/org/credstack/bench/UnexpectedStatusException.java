package org.credstack.bench;

/** Thrown by a scenario when an HTTP response has a status it did not expect; failures are counted by status. */
public class UnexpectedStatusException extends Exception {

    private final int status;

    public UnexpectedStatusException(int status, String message) {
        super(message, null, false, false); // no stack trace: this is thrown on the hot path
        this.status = status;
    }

    public UnexpectedStatusException(int status) {
        this(status, "unexpected HTTP status " + status);
    }

    public int status() {
        return status;
    }
}
