package org.credstack.issuance.credential.projection;

/** Where a credential stands: REVOKED is final, SUSPENDED returns to ACTIVE when reinstated. */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED
}
