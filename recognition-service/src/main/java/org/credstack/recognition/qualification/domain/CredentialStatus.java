package org.credstack.recognition.qualification.domain;

/** Where a credential stands after issuance's status events; only ACTIVE credentials count (reinstated = ACTIVE). */
public enum CredentialStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED, REPLACED
}
