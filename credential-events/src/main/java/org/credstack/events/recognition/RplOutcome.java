package org.credstack.events.recognition;

/** The outcome of a recognition of prior learning (RPL) decision. */
public enum RplOutcome {
    /** All credits claimed are recognised. */
    FULL,
    /** Part of the credits claimed are recognised. */
    PARTIAL,
    /** Nothing is recognised. */
    REJECTED
}
