package org.credstack.events.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A signed credential was issued to a recipient. Self-contained: it carries the credential in both encodings and
 * snapshots of the achievement and the issuer, so no consumer depends on other events having arrived first.
 * Aggregate: the credential ({@code credentialId}).
 *
 * @param recipientRef  the recipient's pseudonym (see {@link RecipientRef}); the credential itself names the subject by
 *                      a salted hashed identity, never a clear address
 * @param validUntil    end of validity; {@code null} for a credential that does not expire
 * @param credential    the OB 3.0 {@code OpenBadgeCredential} with its embedded {@code DataIntegrityProof}
 *                      ({@code eddsa-rdfc-2022}), exactly as signed; treat as read-only
 * @param credentialJwt the same credential as a compact VC-JWT
 * @param status        the Bitstring Status List entries: always revocation, suspension when the achievement allows it
 * @param replaces      the credential this one re-issues (which is revoked), or {@code null}
 * @param batchId       the bulk issuance batch it belongs to, or {@code null}
 * @param awardId       the recognition award ({@code AwardRequested.awardId}) this credential was issued for, or
 *                      {@code null}; added in v1 as an optional property, so older records read back with none
 */
public record CredentialIssued(String credentialId, String issuerId, String achievementId, int achievementVersion,
        String recipientRef, Instant issuedAt, Instant validFrom, Instant validUntil, ObjectNode credential,
        String credentialJwt, AchievementSnapshot achievement, IssuerSnapshot issuer, List<StatusEntry> status,
        String replaces, String batchId, String awardId) implements ContractEvent {

    public CredentialIssued {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(achievementId, "achievementId");
        RecipientRef.requireValid(recipientRef);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validFrom, "validFrom");
        credential = Objects.requireNonNull(credential, "credential").deepCopy();
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(issuer, "issuer");
        status = status == null ? List.of() : List.copyOf(status);
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
