package org.credstack.bench;

/** A bad command line: the CLI prints the message and exits with {@link Main#EXIT_USAGE}. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
