package org.credstack.vc.verification;

import java.util.List;

/**
 * What a verifier found about one credential, each check on its own. {@code verified} is true only when no check
 * FAILED and no required check was NOT_RUN; {@code issuer-known} is advisory (a WARNING when the issuer is not in
 * credstack's directory), every other check is required. {@code outcome} says the same in one word, separating a
 * credential that carries a fault (INVALID) from one this verifier cannot judge (NOT_VERIFIABLE: VC 1.1, an
 * unsupported proof suite, an unbundled context, a key or status list that could not be fetched).
 *
 * @param format       {@code data-integrity} or {@code vc-jwt}
 * @param credentialId the credential's {@code id}, when it could be read
 * @param issuer       the issuer's id, when it could be read
 */
public record VerificationReport(boolean verified, Outcome outcome, String format, String credentialId,
                                 String issuer, List<Check> checks) {

    public static final String DATA_INTEGRITY = "data-integrity";
    public static final String VC_JWT = "vc-jwt";

    public enum Outcome { VALID, INVALID, NOT_VERIFIABLE }

    public enum Status { PASSED, FAILED, WARNING, NOT_RUN }

    /** One check: {@code name} is one of the constants of {@link Checks}; {@code detail} says what was found. */
    public record Check(String name, Status status, String detail) {

        public boolean required() {
            return !Checks.ISSUER_KNOWN.equals(name);
        }

        @Override
        public String toString() {
            return name + ": " + status + " (" + detail + ")";
        }
    }

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /** A report whose verdict follows from its checks. */
    public static VerificationReport of(String format, String credentialId, String issuer, List<Check> checks) {
        boolean failed = checks.stream().anyMatch(c -> c.status() == Status.FAILED);
        boolean notRun = checks.stream().anyMatch(c -> c.required() && c.status() == Status.NOT_RUN);
        Outcome outcome = failed ? Outcome.INVALID : notRun ? Outcome.NOT_VERIFIABLE : Outcome.VALID;
        return new VerificationReport(outcome == Outcome.VALID, outcome, format, credentialId, issuer, checks);
    }

    /** The check of that name; every report has one of each. */
    public Check check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No check " + name));
    }

    @Override
    public String toString() {
        return outcome + " " + checks;
    }
}
