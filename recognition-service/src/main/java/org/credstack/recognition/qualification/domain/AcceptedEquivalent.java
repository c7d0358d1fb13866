package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;

/**
 * This qualification accepts an external institution's achievement in place of one of its achievement components,
 * for a fixed number of credits. Counted as credit transfer, so within {@link QualificationRules#maxRplShare()}.
 *
 * @param issuerId      the institution that issues the external achievement
 * @param achievementId the external achievement
 * @param countsAs      the achievementId of the component it stands for
 * @param credits       the credits it counts for (not those on the external credential)
 */
public record AcceptedEquivalent(String issuerId, String achievementId, String countsAs, BigDecimal credits) {

    public AcceptedEquivalent {
        credits = Credits.canonical(credits);
    }
}
