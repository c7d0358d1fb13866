package org.credstack.vc.dataintegrity;

/** A verification method could not be resolved to an authorized Ed25519 key; the message says why. */
public class KeyResolutionException extends Exception {

    public KeyResolutionException(String message) {
        super(message);
    }

    public KeyResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
