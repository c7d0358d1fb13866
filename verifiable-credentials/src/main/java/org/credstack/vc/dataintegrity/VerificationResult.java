package org.credstack.vc.dataintegrity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of verifying a document's proofs: {@code valid} is true only when no check failed and at least one
 * supported proof's signature was verified. Every check is listed, with the reason where it failed or was skipped.
 */
public record VerificationResult(boolean valid, List<Check> checks) {

    public enum Status { PASSED, FAILED, SKIPPED }

    /** One check; {@code name} is prefixed by the proof's index, e.g. {@code proof[1].signature}. */
    public record Check(String name, Status status, String detail) {

        @Override
        public String toString() {
            return name + ": " + status + (detail == null ? "" : " (" + detail + ")");
        }
    }

    public VerificationResult {
        checks = List.copyOf(checks);
    }

    /** The failed checks. */
    public List<Check> errors() {
        return checks.stream().filter(c -> c.status() == Status.FAILED).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return (valid ? "VALID" : "INVALID") + " " + checks;
    }
}
