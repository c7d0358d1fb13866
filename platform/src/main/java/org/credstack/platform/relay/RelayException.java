package org.credstack.platform.relay;

/** A batch of events was not acknowledged by Kafka; the relay's token does not move past it. */
public class RelayException extends RuntimeException {
    public RelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
