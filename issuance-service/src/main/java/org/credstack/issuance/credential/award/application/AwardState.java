package org.credstack.issuance.credential.award.application;

/** Where an award request stands (column award_request.state). */
public enum AwardState {
    /** To issue: the worker issues its credential. */
    PENDING,
    /** Its credential was issued. */
    ISSUED,
    /** Not issued, for the recorded reason (a rule it breaks, or attempts exhausted); also a withdrawal that failed. */
    FAILED,
    /** Withdrawn after it was issued: the worker revokes its credential. */
    WITHDRAWING,
    /** Withdrawn, and its credential revoked. */
    REVOKED,
    /** Withdrawn before its credential was issued: nothing will be issued. */
    CANCELLED;

    /** The states the worker has work for. */
    public boolean due() {
        return this == PENDING || this == WITHDRAWING;
    }
}
