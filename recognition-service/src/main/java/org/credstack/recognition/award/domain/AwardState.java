package org.credstack.recognition.award.domain;

/** Where an award stands. */
public enum AwardState {
    /** Eligible; the issuer's staff must confirm before it is requested (policy CONFIRMED). */
    AWAITING_CONFIRMATION,
    /** AwardRequested published; issuance has not issued it yet. */
    REQUESTED,
    ISSUED,
    /** A counted credential stopped counting: the institution withdraws or keeps it. */
    AT_RISK,
    WITHDRAWN
}
