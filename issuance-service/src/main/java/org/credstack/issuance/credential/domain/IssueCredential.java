package org.credstack.issuance.credential.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.issuance.StatusEntry;

/**
 * Issue a credential that the application layer has already built and signed (signing needs keys and a clock,
 * which the aggregate does not have).
 *
 * @param achievementIssuable whether the achievement version was the issuable one when the credential was built
 * @param replaces            the credential this one corrects, or {@code null}
 * @param batchId             the bulk issuance batch, or {@code null}
 * @param awardId             the recognition award it is issued for, or {@code null}
 */
public record IssueCredential(@TargetAggregateIdentifier String credentialId, String issuerId, String achievementId,
        int achievementVersion, boolean achievementIssuable, String recipientRef, Instant issuedAt, Instant validFrom,
        Instant validUntil, ObjectNode credential, String credentialJwt, AchievementSnapshot achievement,
        IssuerSnapshot issuer, List<StatusEntry> status, String replaces, String batchId, String awardId) {
}
