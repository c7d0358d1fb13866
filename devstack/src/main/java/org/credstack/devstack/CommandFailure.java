package org.credstack.devstack;

/** A problem of {@code ./credstack rebuild|projections} explained to the user, without a stack trace. */
final class CommandFailure extends RuntimeException {

    final int code;

    CommandFailure(int code, String message) {
        super(message);
        this.code = code;
    }
}
