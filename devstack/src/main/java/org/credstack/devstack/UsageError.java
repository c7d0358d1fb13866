package org.credstack.devstack;

/** Wrong command line of {@code ./credstack rebuild|projections}: exit code 2 with the usage. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
