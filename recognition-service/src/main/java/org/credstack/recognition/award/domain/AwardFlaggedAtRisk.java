package org.credstack.recognition.award.domain;

/** Internal: a counted credential stopped counting; the institution decides to withdraw or keep the award. */
public record AwardFlaggedAtRisk(String awardId, String issuerId, String credentialId, String status) {
}
