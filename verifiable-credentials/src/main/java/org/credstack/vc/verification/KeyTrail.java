package org.credstack.vc.verification;

import java.util.ArrayList;
import java.util.List;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.dataintegrity.KeyResolver;
import org.credstack.vc.jwt.JwtKeyResolver;
import org.credstack.vc.jwt.JwtPublicKey;
import org.credstack.vc.verification.VerificationReport.Check;

/**
 * Records each key resolution of one verification, so that the issuer-key check can be reported apart from the
 * signature check (the proof verifiers only say that the key did not resolve, not whether that is a fault).
 */
final class KeyTrail implements KeyResolver, JwtKeyResolver {

    private record Resolution(String method, String key, KeyResolutionException failure) {
    }

    private final IssuerKeys keys;
    private final List<Resolution> resolutions = new ArrayList<>();

    KeyTrail(IssuerKeys keys) {
        this.keys = keys;
    }

    @Override
    public Ed25519PublicKey resolve(String method, String purpose) throws KeyResolutionException {
        try {
            Ed25519PublicKey key = keys.resolve(method, purpose);
            resolutions.add(new Resolution(method, "Ed25519", null));
            return key;
        } catch (KeyResolutionException e) {
            resolutions.add(new Resolution(method, null, e));
            throw e;
        }
    }

    @Override
    public JwtPublicKey resolve(String kid) throws KeyResolutionException {
        try {
            JwtPublicKey key = keys.resolve(kid);
            resolutions.add(new Resolution(kid, key.description(), null));
            return key;
        } catch (KeyResolutionException e) {
            resolutions.add(new Resolution(kid, null, e));
            throw e;
        }
    }

    /** Whether some key could not be obtained here (as opposed to being refused). */
    boolean unavailable() {
        return resolutions.stream().anyMatch(r -> r.failure() != null && IssuerKeys.unavailable(r.failure()));
    }

    /**
     * The issuer-key check: every key named resolved, and is controlled by the issuer (the method's URL before
     * {@code #} is the issuer id, as VC Data Integrity verifiers such as vc.js require).
     */
    Check check(String issuerId, String whyNoKey) {
        if (resolutions.isEmpty()) {
            return Checks.notRun(Checks.ISSUER_KEY, whyNoKey);
        }
        List<String> passed = new ArrayList<>();
        for (Resolution r : resolutions) {
            int hash = r.method().indexOf('#');
            String controller = hash < 0 ? r.method() : r.method().substring(0, hash);
            boolean unavailable = r.failure() != null && IssuerKeys.unavailable(r.failure());
            String resolution = r.failure() == null ? "" : "the key " + r.method() + " does not resolve: "
                    + r.failure().getMessage();
            if (r.failure() != null && !unavailable) {
                return Checks.failed(Checks.ISSUER_KEY, resolution);
            }
            if (issuerId == null || !controller.equals(issuerId)) {
                String binding = issuerId == null ? "the credential has no issuer id to bind the key " + r.method()
                        + " to" : "the key " + r.method() + " belongs to " + controller + ", not to the issuer "
                        + issuerId;
                return Checks.failed(Checks.ISSUER_KEY, binding + (unavailable ? "; " + resolution : ""));
            }
            if (unavailable) {
                return Checks.notRun(Checks.ISSUER_KEY, resolution);
            }
            passed.add(r.method() + " (" + r.key() + ")");
        }
        return Checks.passed(Checks.ISSUER_KEY, "resolved and controlled by the issuer: " + String.join(", ", passed));
    }
}
