package org.credstack.vc.verification;

import java.util.List;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.dataintegrity.VerificationResult.Status;
import org.credstack.vc.verification.VerificationReport.Check;

/** Reads a {@link VerificationResult} of Data Integrity proofs as the report's signature check. */
final class ProofReading {

    private static final String NO_SUPPORTED_PROOF = "no supported proof";

    private ProofReading() {
    }

    static Check signature(VerificationResult result) {
        List<VerificationResult.Check> skipped = result.checks().stream()
                .filter(c -> c.status() == Status.SKIPPED).toList();
        if (result.valid()) {
            return Checks.passed(Checks.SIGNATURE, "eddsa-rdfc-2022 Data Integrity proof verified"
                    + (skipped.isEmpty() ? "" : "; not checked: " + skipped));
        }
        List<VerificationResult.Check> faults = result.errors().stream()
                .filter(c -> !c.name().endsWith("verificationMethod"))
                .filter(c -> !(c.name().equals("proof") && c.detail().startsWith(NO_SUPPORTED_PROOF)))
                .toList();
        if (!faults.isEmpty()) {
            return Checks.failed(Checks.SIGNATURE, faults.toString());
        }
        if (result.errors().stream().anyMatch(c -> c.name().endsWith("verificationMethod"))) {
            return Checks.notRun(Checks.SIGNATURE, "no issuer key to check the proof with (see issuer-key)");
        }
        return Checks.notRun(Checks.SIGNATURE, "not verifiable here: no eddsa-rdfc-2022 DataIntegrityProof, only "
                + skipped + " (supported: DataIntegrityProof with eddsa-rdfc-2022)");
    }

    /** Why no key was resolved, when none was. */
    static String whyNoKey(VerificationResult result) {
        boolean supported = result.checks().stream()
                .anyMatch(c -> c.name().endsWith(".type") && c.status() == Status.PASSED);
        return supported ? "not resolved: the proof was rejected before its key was looked up"
                : "not resolved: no supported proof names a key";
    }
}
