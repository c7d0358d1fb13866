package org.credstack.vc.jwt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.credstack.vc.dataintegrity.VerificationResult.Check;
import org.credstack.vc.dataintegrity.VerificationResult.Status;

/**
 * The outcome of verifying a VC-JWT. {@code valid} is true only when no check failed and the signature was verified.
 * {@code legacy} marks the VC 1.1 form (credential in the {@code vc} claim), accepted on import only.
 * {@code credential} is the credential the JWT carries (VC 2.0: the payload minus the registered claims; VC 1.1:
 * the {@code vc} claim), present whenever the payload could be read, even when the JWT is not valid: callers must
 * check {@code valid} before trusting it. Each check uses the same {@link Check} as Data Integrity results, so that
 * reports look alike.
 *
 * <p>Check names: {@code jws}, {@code header}, {@code alg}, {@code crit}, {@code typ}, {@code payload},
 * {@code signatureEncoding}, {@code format}, {@code credential}, {@code contexts}, {@code kid}, {@code kid.issuer},
 * {@code key}, {@code signature}, {@code claims.iss}, {@code claims.jti}, {@code claims.sub}, {@code claims.nbf},
 * {@code claims.exp}, {@code validity.notBefore}, {@code validity.expiry}.
 */
public record JwtVerificationResult(boolean valid, boolean legacy, ObjectNode header, ObjectNode credential,
                                    List<Check> checks) {

    public JwtVerificationResult {
        checks = List.copyOf(checks);
    }

    /** The failed checks. */
    public List<Check> errors() {
        return checks.stream().filter(c -> c.status() == Status.FAILED).collect(Collectors.toList());
    }

    /** The check of that name, if it ran (or was recorded as skipped). */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return (valid ? "VALID" : "INVALID") + (legacy ? " (legacy VC 1.1)" : "") + " " + checks;
    }
}
