package org.credstack.events.recognition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * Recognition asks the issuer to issue the qualification's achievement to a learner (at once under
 * {@link AwardPolicy#AUTOMATIC}, after confirmation under {@link AwardPolicy#CONFIRMED}); issuance answers with
 * {@code CredentialIssued}. Aggregate: the award ({@code awardId}).
 *
 * @param issuerId      the tenant that issues the award
 * @param recipientRefs the learner's recipientRefs; the issuer issues to one it holds an address for
 */
public record AwardRequested(String awardId, String qualificationId, int qualificationVersion, String issuerId,
        String targetAchievementId, String learnerId, List<String> recipientRefs, List<String> countedCredentialIds,
        BigDecimal credits) implements ContractEvent {

    public AwardRequested {
        Objects.requireNonNull(awardId, "awardId");
        Objects.requireNonNull(qualificationId, "qualificationId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(targetAchievementId, "targetAchievementId");
        Objects.requireNonNull(learnerId, "learnerId");
        recipientRefs = RecipientRef.requireAllValid(recipientRefs == null ? List.of() : recipientRefs);
        countedCredentialIds = countedCredentialIds == null ? List.of() : List.copyOf(countedCredentialIds);
    }

    @Override
    public String aggregateId() {
        return awardId;
    }
}
