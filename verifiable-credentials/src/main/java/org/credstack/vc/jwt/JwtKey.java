package org.credstack.vc.jwt;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.util.Objects;
import org.credstack.vc.crypto.Ed25519PrivateKey;

/**
 * A VC-JWT signing key: the algorithm, the {@code kid} (a DID URL naming the verification method in the issuer's
 * DID document, e.g. {@code did:web:example.edu#rsa-1}) and the private key. RS256 (RSA of at least 2048 bits) and
 * EdDSA (Ed25519). {@link #toString()} never shows the private key.
 */
public final class JwtKey {

    private final JwtAlgorithm alg;
    private final String kid;
    private final PrivateKey rsa;
    private final Ed25519PrivateKey ed25519;

    private JwtKey(JwtAlgorithm alg, String kid, PrivateKey rsa, Ed25519PrivateKey ed25519) {
        this.alg = alg;
        this.kid = checkKid(kid);
        this.rsa = rsa;
        this.ed25519 = ed25519;
    }

    /**
     * An RS256 key. @throws IllegalArgumentException if the key is not an RSA private key of at least 2048 bits or
     * the kid is not an absolute URI
     */
    public static JwtKey rs256(String kid, PrivateKey key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof RSAKey) || !"RSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("RS256 needs an RSA private key, not " + key.getAlgorithm());
        }
        int bits = ((RSAKey) key).getModulus().bitLength();
        if (bits < JwtPublicKey.MIN_RSA_BITS) {
            throw new IllegalArgumentException("RSA key of " + bits + " bits: RS256 needs at least "
                    + JwtPublicKey.MIN_RSA_BITS);
        }
        return new JwtKey(JwtAlgorithm.RS256, kid, key, null);
    }

    /** An EdDSA (Ed25519) key. @throws IllegalArgumentException if the kid is not an absolute URI */
    public static JwtKey eddsa(String kid, Ed25519PrivateKey key) {
        return new JwtKey(JwtAlgorithm.EdDSA, kid, null, Objects.requireNonNull(key, "key"));
    }

    public JwtAlgorithm alg() {
        return alg;
    }

    public String kid() {
        return kid;
    }

    /** The JWS signature (JOSE format) over the signing input. */
    byte[] sign(byte[] signingInput) {
        if (alg == JwtAlgorithm.EdDSA) {
            return ed25519.sign(signingInput);
        }
        try {
            Signature signer = Signature.getInstance(alg.jcaName());
            signer.initSign(rsa);
            signer.update(signingInput);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }

    private static String checkKid(String kid) {
        if (kid == null || kid.isBlank()) {
            throw new IllegalArgumentException("A VC-JWT key needs a kid (a DID URL)");
        }
        try {
            if (!new URI(kid).isAbsolute()) {
                throw new IllegalArgumentException("The kid must be an absolute URI (a DID URL): " + kid);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The kid is not a URI: " + kid, e);
        }
        return kid;
    }

    @Override
    public String toString() {
        return "JwtKey[" + alg + ", kid=" + kid + "]";
    }
}
