package org.credstack.events.issuance;

import java.time.Instant;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A {@link CredentialIssued} in brief, on the issuance brief stream ({@link IssuanceBrief#TOPIC}) in its place: the
 * same fact with the same CloudEvents {@code id}, key and sequence, without the signed credential, its VC-JWT and
 * its status entries. For consumers that count credentials and never read the document (recognition): a
 * {@code CredentialIssued} is about 8 KB, this about 1 KB. Aggregate: the credential ({@code credentialId}).
 *
 * @param recipientRef the recipient's pseudonym (see {@link RecipientRef})
 * @param validUntil   end of validity; {@code null} for a credential that does not expire
 * @param replaces     the credential this one re-issues (which is revoked), or {@code null}
 * @param batchId      the bulk issuance batch it belongs to, or {@code null}
 * @param awardId      the recognition award this credential was issued for, or {@code null}
 */
public record CredentialRecorded(String credentialId, String issuerId, String achievementId, int achievementVersion,
        String recipientRef, Instant issuedAt, Instant validFrom, Instant validUntil, AchievementSnapshot achievement,
        IssuerSnapshot issuer, String replaces, String batchId, String awardId) implements ContractEvent {

    public CredentialRecorded {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(achievementId, "achievementId");
        RecipientRef.requireValid(recipientRef);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(issuer, "issuer");
    }

    /** The brief of {@code issued}: every property but {@code credential}, {@code credentialJwt} and {@code status}. */
    public static CredentialRecorded of(CredentialIssued issued) {
        return new CredentialRecorded(issued.credentialId(), issued.issuerId(), issued.achievementId(),
                issued.achievementVersion(), issued.recipientRef(), issued.issuedAt(), issued.validFrom(),
                issued.validUntil(), issued.achievement(), issued.issuer(), issued.replaces(), issued.batchId(),
                issued.awardId());
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
