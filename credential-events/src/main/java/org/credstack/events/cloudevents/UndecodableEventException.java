package org.credstack.events.cloudevents;

/**
 * A Kafka record is not a contract event this library can read (unknown type, missing or malformed header, bad
 * payload). The message names the problem and the record's position; consumers put the record on the dead-letter
 * topic with it. Retrying does not help.
 */
public class UndecodableEventException extends Exception {

    private static final long serialVersionUID = 1L;

    public UndecodableEventException(String message) {
        super(message);
    }

    public UndecodableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
