package org.credstack.recognition.award.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.credstack.events.recognition.AwardPolicy;

/** A learner meets every rule of a qualification version: open its award (one per learner and qualification). */
public record OpenAward(@TargetAggregateIdentifier String awardId, String qualificationId, int qualificationVersion,
        String issuerId, String targetAchievementId, AwardPolicy policy, String learnerId, List<String> recipientRefs,
        List<String> countedCredentialIds, BigDecimal credits, Instant at) {
}
