package org.credstack.vc.dataintegrity;

import java.util.Map;
import org.credstack.vc.crypto.Ed25519PublicKey;

/**
 * Resolves a proof's verification method to the Ed25519 public key it denotes, checking that the method is
 * authorized for the proof purpose (e.g. listed under {@code assertionMethod} in its controller's DID document).
 */
@FunctionalInterface
public interface KeyResolver {

    /**
     * @throws KeyResolutionException with the reason when the method is unknown, cannot be fetched, is not an
     *                                Ed25519 key, or is not authorized for the purpose
     */
    Ed25519PublicKey resolve(String verificationMethod, String proofPurpose) throws KeyResolutionException;

    /** A fixed map of verification method URLs to keys (any purpose); for tests and pinned keys. */
    static KeyResolver of(Map<String, Ed25519PublicKey> keys) {
        Map<String, Ed25519PublicKey> copy = Map.copyOf(keys);
        return (method, purpose) -> {
            Ed25519PublicKey key = copy.get(method);
            if (key == null) {
                throw new KeyResolutionException("Unknown verification method: " + method);
            }
            return key;
        };
    }

    /** This resolver, then the other one when this one fails. */
    default KeyResolver orElse(KeyResolver other) {
        return (method, purpose) -> {
            try {
                return resolve(method, purpose);
            } catch (KeyResolutionException first) {
                return other.resolve(method, purpose);
            }
        };
    }
}
