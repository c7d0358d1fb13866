package org.credstack.vc.jwt;

import java.util.Map;
import org.credstack.vc.dataintegrity.KeyResolutionException;

/**
 * Resolves a JOSE {@code kid} (a DID URL, or an https key URL) to the public key it names, checking that the key
 * may make assertions (listed under {@code assertionMethod} in its controller's DID document).
 */
@FunctionalInterface
public interface JwtKeyResolver {

    /** @throws KeyResolutionException with the reason when the kid is unknown, unsupported or cannot be fetched */
    JwtPublicKey resolve(String kid) throws KeyResolutionException;

    /** A fixed map of kids to keys; for tests and pinned keys. */
    static JwtKeyResolver of(Map<String, JwtPublicKey> keys) {
        Map<String, JwtPublicKey> copy = Map.copyOf(keys);
        return kid -> {
            JwtPublicKey key = kid == null ? null : copy.get(kid);
            if (key == null) {
                throw new KeyResolutionException("Unknown key: " + kid);
            }
            return key;
        };
    }

    /** This resolver, then the other one when this one fails. */
    default JwtKeyResolver orElse(JwtKeyResolver other) {
        return kid -> {
            try {
                return resolve(kid);
            } catch (KeyResolutionException first) {
                return other.resolve(kid);
            }
        };
    }
}
