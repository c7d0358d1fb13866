package org.credstack.vc.verification;

import org.credstack.vc.dataintegrity.KeyResolutionException;

/**
 * A key could not be obtained here (a DID method not supported, a host not reachable or not allowed): the
 * credential is not shown to be at fault, it just cannot be verified by this verifier.
 */
public class KeyUnavailableException extends KeyResolutionException {

    public KeyUnavailableException(String message) {
        super(message);
    }

    public KeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
