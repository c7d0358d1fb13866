package org.credstack.recognition.award.domain;

/** Internal: the institution kept an award at risk, and why. */
public record AwardKept(String awardId, String issuerId, String actor, String reason) {
}
