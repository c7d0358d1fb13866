package org.credstack.vc.did;

import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.jwt.JwtKeyResolver;
import org.credstack.vc.jwt.JwtPublicKey;

/**
 * Resolves VC-JWT {@code kid}s that are DID URLs: {@code did:key} (Ed25519, computed offline; its key is in every
 * relationship) and {@code did:web} (through a {@link DidWebResolver}, key listed in {@code assertionMethod}). Any
 * other DID method (e.g. {@code did:velocity}) and non-DID kids fail with the reason.
 */
public final class DidJwtKeyResolver implements JwtKeyResolver {

    private final DidWebResolver web;

    /** did:key and, through {@code web}, did:web. */
    public DidJwtKeyResolver(DidWebResolver web) {
        this.web = web;
    }

    /** did:key only: did:web kids fail (no outbound fetches). */
    public static DidJwtKeyResolver didKeyOnly() {
        return new DidJwtKeyResolver(null);
    }

    @Override
    public JwtPublicKey resolve(String kid) throws KeyResolutionException {
        if (kid == null || !kid.startsWith("did:")) {
            throw new KeyResolutionException("The kid " + kid + " is not a DID URL");
        }
        if (kid.startsWith(DidKey.PREFIX)) {
            if (kid.indexOf('#') < 0) {
                throw new KeyResolutionException("A did:key kid needs a fragment: " + kid);
            }
            try {
                return JwtPublicKey.of(DidKey.publicKey(kid));
            } catch (IllegalArgumentException e) {
                throw new KeyResolutionException(e.getMessage(), e);
            }
        }
        if (kid.startsWith(DidWebResolver.PREFIX)) {
            if (web == null) {
                throw new KeyResolutionException("did:web resolution is not enabled here: " + kid);
            }
            return web.resolveJwtKey(kid);
        }
        int colon = kid.indexOf(':', 4);
        String method = colon < 0 ? kid : kid.substring(0, colon);
        throw new KeyResolutionException("Unsupported DID method " + method + " (only did:key and did:web)");
    }
}
