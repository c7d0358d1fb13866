package org.credstack.vc.did;

import java.io.IOException;

/** An outbound fetch was refused by the guard or failed (time-out, size, status, content type); the message says why. */
public class OutboundFetchException extends IOException {

    public OutboundFetchException(String message) {
        super(message);
    }

    public OutboundFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
