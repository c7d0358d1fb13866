package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplStep.ADD_EVIDENCE;
import static org.credstack.recognition.rplclaim.domain.RplStep.APPEAL;
import static org.credstack.recognition.rplclaim.domain.RplStep.ASSESS;
import static org.credstack.recognition.rplclaim.domain.RplStep.ASSIGN_APPEAL_ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplStep.ASSIGN_ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplStep.DECIDE;
import static org.credstack.recognition.rplclaim.domain.RplStep.ERASE;
import static org.credstack.recognition.rplclaim.domain.RplStep.FIND_COMPLETE;
import static org.credstack.recognition.rplclaim.domain.RplStep.RESUBMIT;
import static org.credstack.recognition.rplclaim.domain.RplStep.RETURN_INCOMPLETE;
import static org.credstack.recognition.rplclaim.domain.RplStep.WITHDRAW;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * Where an RPL claim stands. {@link #TRANSITIONS} is the whole workflow in one table, so that it can be read,
 * documented and tested in one place; the aggregate moves only through {@link #require}.
 * SUBMITTED and RESUBMITTED are the "checking" states: the claim awaits its completeness check.
 */
public enum RplClaimState {
    SUBMITTED, RETURNED, RESUBMITTED, COMPLETE, ASSESSOR_ASSIGNED, ASSESSING, DECIDED,
    APPEALED, APPEAL_ASSESSOR_ASSIGNED, APPEAL_ASSESSING, APPEAL_DECIDED, WITHDRAWN, ERASED;

    private static final Map<RplClaimState, Map<RplStep, RplClaimState>> TRANSITIONS = new EnumMap<>(
            RplClaimState.class);

    static {
        for (RplClaimState state : values()) {
            TRANSITIONS.put(state, new EnumMap<>(RplStep.class));
        }
        for (RplClaimState checking : new RplClaimState[] {SUBMITTED, RESUBMITTED}) {
            allow(checking, ADD_EVIDENCE, checking);
            allow(checking, FIND_COMPLETE, COMPLETE);
            allow(checking, RETURN_INCOMPLETE, RETURNED);
        }
        allow(RETURNED, ADD_EVIDENCE, RETURNED);
        allow(RETURNED, RESUBMIT, RESUBMITTED);
        allow(COMPLETE, ADD_EVIDENCE, COMPLETE);
        allow(COMPLETE, ASSIGN_ASSESSOR, ASSESSOR_ASSIGNED);
        // Evidence may still come, and staff may reassign, until the assessor records a first verdict.
        allow(ASSESSOR_ASSIGNED, ADD_EVIDENCE, ASSESSOR_ASSIGNED);
        allow(ASSESSOR_ASSIGNED, ASSIGN_ASSESSOR, ASSESSOR_ASSIGNED);
        allow(ASSESSOR_ASSIGNED, ASSESS, ASSESSING);
        allow(ASSESSING, ASSESS, ASSESSING);
        allow(ASSESSING, DECIDE, DECIDED);
        for (RplClaimState open : new RplClaimState[] {SUBMITTED, RETURNED, RESUBMITTED, COMPLETE,
                ASSESSOR_ASSIGNED, ASSESSING}) {
            allow(open, WITHDRAW, WITHDRAWN);
        }
        allow(DECIDED, APPEAL, APPEALED);
        allow(APPEALED, ASSIGN_APPEAL_ASSESSOR, APPEAL_ASSESSOR_ASSIGNED);
        allow(APPEAL_ASSESSOR_ASSIGNED, ASSIGN_APPEAL_ASSESSOR, APPEAL_ASSESSOR_ASSIGNED);
        allow(APPEAL_ASSESSOR_ASSIGNED, ASSESS, APPEAL_ASSESSING);
        allow(APPEAL_ASSESSING, ASSESS, APPEAL_ASSESSING);
        allow(APPEAL_ASSESSING, DECIDE, APPEAL_DECIDED);
        // A learner's erasure reaches every claim of theirs, whatever its state.
        for (RplClaimState state : values()) {
            if (state != ERASED) {
                allow(state, ERASE, ERASED);
            }
        }
    }

    private static void allow(RplClaimState from, RplStep step, RplClaimState to) {
        TRANSITIONS.get(from).put(step, to);
    }

    /** The whole table: for each state, the steps allowed in it and where each leads. */
    public static Map<RplClaimState, Map<RplStep, RplClaimState>> transitions() {
        return Collections.unmodifiableMap(TRANSITIONS);
    }

    /** Where {@code step} leads from here, if it is allowed here. */
    public Optional<RplClaimState> after(RplStep step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }

    /** Where {@code step} leads from here; a conflict naming the rule when it is not allowed here. */
    public RplClaimState require(RplStep step) {
        return after(step).orElseThrow(() -> new DomainRuleViolation(refusal(step),
                "A claim that is " + this + " does not allow " + step));
    }

    /** Whether the claim has had its first decision: DECIDED up to APPEAL_DECIDED in the order declared above. */
    public boolean decided() {
        return compareTo(DECIDED) >= 0 && compareTo(APPEAL_DECIDED) <= 0;
    }

    /** Whether the claim is being, or was, reconsidered on appeal. */
    public boolean appeal() {
        return compareTo(APPEALED) >= 0 && compareTo(APPEAL_DECIDED) <= 0;
    }

    /** The most telling rule for a refused step: the claim being over comes before what the step lacks. */
    private String refusal(RplStep step) {
        if (this == ERASED || this == WITHDRAWN) {
            return this == ERASED ? "claim-erased" : "claim-withdrawn";
        }
        if (appeal() && step == APPEAL) {
            return "second-appeal";
        }
        boolean over = step.beforeDecisionOnly() || this == APPEAL_DECIDED
                || this == DECIDED && step != ASSIGN_APPEAL_ASSESSOR;
        if (decided() && over) {
            return "claim-already-decided";
        }
        boolean precedesAssessment = step == ADD_EVIDENCE || step == ASSIGN_ASSESSOR || step == ASSIGN_APPEAL_ASSESSOR;
        if ((this == ASSESSING || this == APPEAL_ASSESSING) && precedesAssessment) {
            return "assessment-started";
        }
        return step.refusal();
    }
}
