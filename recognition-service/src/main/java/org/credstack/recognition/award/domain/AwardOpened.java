package org.credstack.recognition.award.domain;

import org.credstack.events.recognition.AwardPolicy;
import org.credstack.events.recognition.AwardRequested;

/** Internal: the award's tenant, policy and the request it will send (now, or once confirmed). */
public record AwardOpened(String awardId, String issuerId, AwardPolicy policy, AwardRequested request) {
}
