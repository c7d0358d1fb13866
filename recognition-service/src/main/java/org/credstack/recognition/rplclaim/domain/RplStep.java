package org.credstack.recognition.rplclaim.domain;

/**
 * The steps of an RPL claim: what a command asks for and what an event records. Each names the rule a claim
 * gives when the step is not allowed in its state, unless the state has a more telling one
 * ({@link RplClaimState#require}).
 */
public enum RplStep {
    SUBMIT("claim-exists", false),
    ADD_EVIDENCE("assessment-started", true),
    FIND_COMPLETE("claim-not-awaiting-check", true),
    RETURN_INCOMPLETE("claim-not-awaiting-check", true),
    RESUBMIT("claim-not-returned", true),
    ASSIGN_ASSESSOR("claim-not-complete", true),
    ASSESS("no-assessor-assigned", false),
    DECIDE("decision-before-assessment", false),
    APPEAL("claim-not-decided", false),
    ASSIGN_APPEAL_ASSESSOR("claim-not-appealed", false),
    WITHDRAW("claim-already-decided", true),
    ERASE("claim-erased", false);

    private final String refusal;
    private final boolean beforeDecisionOnly;

    RplStep(String refusal, boolean beforeDecisionOnly) {
        this.refusal = refusal;
        this.beforeDecisionOnly = beforeDecisionOnly;
    }

    /** The rule named when the step is not allowed and the state gives no better reason. */
    String refusal() {
        return refusal;
    }

    /** Whether the step belongs to the claim before its first decision, and so is over once it is decided. */
    boolean beforeDecisionOnly() {
        return beforeDecisionOnly;
    }
}
