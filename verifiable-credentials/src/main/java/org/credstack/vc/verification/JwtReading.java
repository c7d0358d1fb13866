package org.credstack.vc.verification;

import java.util.List;
import java.util.Set;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.jwt.JwtVerificationResult;
import org.credstack.vc.verification.VerificationReport.Check;

/** Reads a {@link JwtVerificationResult}'s checks as the report's signature, issuer-key and validity checks. */
final class JwtReading {

    private static final Set<String> SIGNATURE = Set.of("internal", "jws", "header", "alg", "crit", "typ", "payload",
            "signatureEncoding", "signature", "claims.iss", "claims.jti", "claims.sub", "claims.nbf", "claims.exp");
    private static final Set<String> BINDING = Set.of("kid", "kid.issuer");

    private JwtReading() {
    }

    static Check signature(JwtVerificationResult result) {
        List<VerificationResult.Check> faults = failed(result, SIGNATURE);
        if (!faults.isEmpty()) {
            return Checks.failed(Checks.SIGNATURE, faults.toString());
        }
        return result.check("signature")
                .filter(c -> c.status() == VerificationResult.Status.PASSED)
                .map(c -> Checks.passed(Checks.SIGNATURE, "VC-JWT signature verified: " + c.detail()))
                .orElse(Checks.notRun(Checks.SIGNATURE, "no issuer key to check the signature with (see issuer-key)"));
    }

    /** The kid binding and key suitability of the JWT verifier, else the resolution the trail recorded. */
    static Check issuerKey(JwtVerificationResult result, Check resolution) {
        List<VerificationResult.Check> faults = failed(result, BINDING);
        if (!faults.isEmpty()) {
            return Checks.failed(Checks.ISSUER_KEY, faults.toString());
        }
        if (resolution.status() == VerificationReport.Status.PASSED) {
            List<VerificationResult.Check> unsuitable = failed(result, Set.of("key"));
            if (!unsuitable.isEmpty()) {
                return Checks.failed(Checks.ISSUER_KEY, unsuitable.toString());
            }
        }
        return resolution;
    }

    /** nbf / exp checked by the JWT verifier, when one failed; else {@code null}. */
    static Check timeClaims(JwtVerificationResult result) {
        List<VerificationResult.Check> faults = failed(result, Set.of("validity.notBefore", "validity.expiry"));
        return faults.isEmpty() ? null : Checks.failed(Checks.VALIDITY, faults.toString());
    }

    private static List<VerificationResult.Check> failed(JwtVerificationResult result, Set<String> names) {
        return result.errors().stream().filter(c -> names.contains(c.name())).toList();
    }
}
