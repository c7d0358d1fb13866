package org.credstack.issuance.key;

/** A stored private key could not be decrypted: a different master key, or altered bytes. */
public class KeyUnsealingException extends RuntimeException {
    public KeyUnsealingException(String message) {
        super(message);
    }
}
