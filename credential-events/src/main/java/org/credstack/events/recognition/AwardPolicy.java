package org.credstack.events.recognition;

/** What happens when a learner becomes eligible for a qualification. */
public enum AwardPolicy {
    /** The award is requested from the issuer at once. */
    AUTOMATIC,
    /** Staff of the issuer confirm the award first. */
    CONFIRMED
}
