package org.credstack.devstack;

/** A startup problem of {@code ./credstack up} explained to the user; no stack trace. */
final class StartupFailure extends RuntimeException {

    StartupFailure(String message) {
        super(message);
    }
}
