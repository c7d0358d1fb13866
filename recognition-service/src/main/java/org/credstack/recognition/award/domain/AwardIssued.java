package org.credstack.recognition.award.domain;

/** Internal: the award's credential was issued. */
public record AwardIssued(String awardId, String credentialId) {
}
