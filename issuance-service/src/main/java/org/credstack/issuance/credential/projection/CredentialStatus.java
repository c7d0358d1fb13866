package org.credstack.issuance.credential.projection;

/**
 * Where a credential stands: REVOKED and REPLACED (revoked in its status list, with a corrected re-issue) are
 * final, EXPIRED is reached at validUntil, SUSPENDED returns to ACTIVE when reinstated.
 */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    REPLACED,
    EXPIRED
}
