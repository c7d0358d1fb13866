package org.credstack.platform.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    public static final String OPERATOR = "operator";
    public static final String ISSUER_ADMIN = "issuer-admin";
    public static final String ISSUER_STAFF = "issuer-staff";
    public static final String ASSESSOR = "assessor";
    public static final String LEARNER = "learner";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
