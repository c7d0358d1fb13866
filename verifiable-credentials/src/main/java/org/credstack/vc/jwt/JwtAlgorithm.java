package org.credstack.vc.jwt;

import java.util.Optional;

/**
 * The JWS algorithms ({@code alg}) credstack accepts for VC-JWTs: RS256 (required by OB 3.0), ES256 (P-256) and
 * EdDSA (Ed25519). Signing is offered for RS256 and EdDSA; ES256 is accepted on verification. Anything else, above
 * all {@code none} and the shared-secret MACs HS256/384/512, is rejected.
 */
public enum JwtAlgorithm {
    RS256("SHA256withRSA"),
    ES256("SHA256withECDSA"),
    EdDSA(null);

    private final String jcaName;

    JwtAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The JCA signature algorithm name ({@code null} for EdDSA, which uses BouncyCastle's RFC 8032 code). */
    String jcaName() {
        return jcaName;
    }

    /** The algorithm of a JOSE {@code alg} value (case-sensitive, as JOSE requires); empty when not accepted. */
    public static Optional<JwtAlgorithm> of(String alg) {
        for (JwtAlgorithm a : values()) {
            if (a.name().equals(alg)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Why an {@code alg} value is refused, naming it; {@code null} when it is accepted.
     */
    public static String refusal(String alg) {
        if (of(alg).isPresent()) {
            return null;
        }
        if (alg == null) {
            return "the JOSE header has no alg";
        }
        String accepted = "; only RS256, ES256 and EdDSA are accepted";
        if (alg.equalsIgnoreCase("none")) {
            return "alg '" + alg + "' (an unsecured JWT without signature) is rejected" + accepted;
        }
        if (alg.toUpperCase(java.util.Locale.ROOT).startsWith("HS")) {
            return "alg '" + alg + "' (a shared-secret HMAC, which anyone holding the secret can forge) is rejected"
                    + accepted;
        }
        return "alg '" + alg + "' is not supported" + accepted;
    }
}
