package org.credstack.events.issuance;

import java.time.Instant;

/**
 * The status an issuance event gives its credential, read the same way by every consumer: REVOKED, SUSPENDED, ACTIVE
 * (reinstated), EXPIRED or REPLACED, since when, why, and by which credential for a replacement.
 */
public record CredentialStatusChange(String credentialId, String status, Instant at, String reason,
        String replacedBy) {

    /**
     * The change {@code event} makes, or {@code null} for an event that changes no credential's status.
     *
     * @param occurredAt the event's time, for the events that carry none of their own
     */
    public static CredentialStatusChange of(Object event, Instant occurredAt) {
        if (event instanceof CredentialRevoked revoked) {
            return new CredentialStatusChange(revoked.credentialId(), "REVOKED", revoked.revokedAt(), revoked.reason(),
                    null);
        } else if (event instanceof CredentialSuspended suspended) {
            return new CredentialStatusChange(suspended.credentialId(), "SUSPENDED", occurredAt, suspended.reason(),
                    null);
        } else if (event instanceof CredentialReinstated reinstated) {
            return new CredentialStatusChange(reinstated.credentialId(), "ACTIVE", occurredAt, null, null);
        } else if (event instanceof CredentialExpired expired) {
            return new CredentialStatusChange(expired.credentialId(), "EXPIRED", expired.expiredAt(), null, null);
        } else if (event instanceof CredentialReplaced replaced) {
            return new CredentialStatusChange(replaced.credentialId(), "REPLACED", occurredAt, replaced.reason(),
                    replaced.replacedBy());
        }
        return null;
    }
}
