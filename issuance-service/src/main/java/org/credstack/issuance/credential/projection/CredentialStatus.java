package org.credstack.issuance.credential.projection;

/** Where a credential stands; only ACTIVE exists so far (revocation, suspension and expiry come next). */
public enum CredentialStatus {
    ACTIVE
}
