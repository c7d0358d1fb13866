package org.credstack.vc.verification;

import org.credstack.vc.verification.VerificationReport.Check;
import org.credstack.vc.verification.VerificationReport.Status;

/** The names of the checks of a {@link VerificationReport}, in the order a report lists them. */
public final class Checks {

    /** VC Data Model version, type and that every {@code @context} is bundled (never fetched). */
    public static final String DATA_MODEL = "data-model";
    /** The proof (eddsa-rdfc-2022) or the JWS (RS256, ES256, EdDSA). */
    public static final String SIGNATURE = "signature";
    /** The signing key, resolved (did:key, did:web, https controller document) and bound to the issuer. */
    public static final String ISSUER_KEY = "issuer-key";
    /** Whether the issuer is in credstack's issuer directory; advisory. */
    public static final String ISSUER_KNOWN = "issuer-known";
    /** validFrom / validUntil (VC 2.0) or issuanceDate / expirationDate (VC 1.1) against the clock. */
    public static final String VALIDITY = "validity";
    /** Every BitstringStatusListEntry, against its fetched and verified status list. */
    public static final String STATUS = "status";
    /** The 1EdTech OB 3.0 AchievementCredential JSON Schema. */
    public static final String SCHEMA = "schema";

    private Checks() {
    }

    static Check passed(String name, String detail) {
        return new Check(name, Status.PASSED, detail);
    }

    static Check failed(String name, String detail) {
        return new Check(name, Status.FAILED, detail);
    }

    static Check notRun(String name, String detail) {
        return new Check(name, Status.NOT_RUN, detail);
    }

    static Check warning(String name, String detail) {
        return new Check(name, Status.WARNING, detail);
    }
}
