package org.credstack.vc.jwt;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Objects;
import java.util.Optional;
import org.credstack.vc.crypto.Ed25519PublicKey;

/**
 * A key that verifies VC-JWT signatures: an RSA key of at least 2048 bits (RS256), an EC P-256 key (ES256, through
 * the JDK) or an Ed25519 key (EdDSA, through BouncyCastle).
 */
public final class JwtPublicKey {

    /** The smallest RSA modulus accepted for RS256, signing and verifying. */
    public static final int MIN_RSA_BITS = 2048;

    static final ECParameterSpec P256 = p256();

    private final PublicKey jca;
    private final Ed25519PublicKey ed25519;

    private JwtPublicKey(PublicKey jca, Ed25519PublicKey ed25519) {
        this.jca = jca;
        this.ed25519 = ed25519;
    }

    /** An RSA or EC P-256 public key. @throws IllegalArgumentException for another key type or curve */
    public static JwtPublicKey of(PublicKey key) {
        Objects.requireNonNull(key, "key");
        if (key instanceof RSAPublicKey) {
            return new JwtPublicKey(key, null);
        }
        if (key instanceof ECPublicKey) {
            if (!isP256(((ECPublicKey) key).getParams())) {
                throw new IllegalArgumentException("Only EC keys on P-256 are supported (ES256)");
            }
            return new JwtPublicKey(key, null);
        }
        throw new IllegalArgumentException("Unsupported public key type " + key.getAlgorithm()
                + " (RSA, EC P-256 or our Ed25519PublicKey)");
    }

    public static JwtPublicKey of(Ed25519PublicKey key) {
        return new JwtPublicKey(null, Objects.requireNonNull(key, "key"));
    }

    /** The JDK key (RSA or EC), if this is one. */
    public Optional<PublicKey> jcaKey() {
        return Optional.ofNullable(jca);
    }

    /** The Ed25519 key, if this is one. */
    public Optional<Ed25519PublicKey> ed25519() {
        return Optional.ofNullable(ed25519);
    }

    /** "RSA-&lt;bits&gt;", "EC P-256" or "Ed25519". */
    public String description() {
        if (ed25519 != null) {
            return "Ed25519";
        }
        if (jca instanceof RSAPublicKey) {
            return "RSA-" + ((RSAPublicKey) jca).getModulus().bitLength();
        }
        return "EC P-256";
    }

    /** Why this key cannot verify {@code alg} (wrong type, RSA too short); {@code null} when it can. */
    public String unsuitableFor(JwtAlgorithm alg) {
        switch (alg) {
            case RS256:
                if (!(jca instanceof RSAPublicKey)) {
                    return "RS256 needs an RSA key, the kid names an " + description() + " key";
                }
                int bits = ((RSAPublicKey) jca).getModulus().bitLength();
                return bits < MIN_RSA_BITS ? "RSA key of " + bits + " bits: at least " + MIN_RSA_BITS + " required"
                        : null;
            case ES256:
                return jca instanceof ECPublicKey ? null
                        : "ES256 needs an EC P-256 key, the kid names an " + description() + " key";
            case EdDSA:
                return ed25519 != null ? null : "EdDSA needs an Ed25519 key, the kid names an " + description() + " key";
            default:
                return "unsupported algorithm " + alg;
        }
    }

    /** Verifies a JWS signature (JOSE format) over the signing input; false when it does not verify or is malformed. */
    public boolean verify(JwtAlgorithm alg, byte[] signingInput, byte[] signature) {
        if (unsuitableFor(alg) != null) {
            return false;
        }
        if (alg == JwtAlgorithm.EdDSA) {
            return ed25519.verify(signingInput, signature);
        }
        try {
            byte[] jcaSignature = signature;
            if (alg == JwtAlgorithm.ES256) {
                if (signature.length != 64) {
                    return false;
                }
                jcaSignature = EcdsaSignatures.joseToDer(signature);
            }
            Signature verifier = Signature.getInstance(alg.jcaName());
            verifier.initVerify(jca);
            verifier.update(signingInput);
            return verifier.verify(jcaSignature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isP256(ECParameterSpec params) {
        return params != null && params.getCurve().equals(P256.getCurve())
                && params.getGenerator().equals(P256.getGenerator()) && params.getOrder().equals(P256.getOrder());
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no P-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JwtPublicKey && Objects.equals(jca, ((JwtPublicKey) o).jca)
                && Objects.equals(ed25519, ((JwtPublicKey) o).ed25519);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jca, ed25519);
    }

    @Override
    public String toString() {
        return "JwtPublicKey[" + description() + "]";
    }
}
