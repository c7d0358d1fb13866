package org.credstack.recognition.award.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.events.recognition.EligibilityReached;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * One learner's award of one qualification: opened when they meet its rules, requested from issuance at once or after
 * confirmation, issued, and, if a counted credential stops counting, at risk until the institution withdraws or keeps
 * it. Opening again is a no-op, so that re-evaluating progress any number of times opens one award.
 */
public class Award {

    @AggregateIdentifier
    private String awardId;
    private String issuerId;
    private AwardState state;
    private AwardState beforeRisk;
    private List<String> counted;
    /** Credentials already flagged: a kept award is not flagged again for the same credential. */
    private final java.util.Set<String> flagged = new java.util.HashSet<>();
    private String credentialId;
    private AwardRequested request;

    protected Award() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenAward c) {
        if (awardId != null) {
            return; // already open: progress is re-evaluated at least once per change
        }
        AwardRequested requested = new AwardRequested(c.awardId(), c.qualificationId(), c.qualificationVersion(),
                c.issuerId(), c.targetAchievementId(), c.learnerId(), c.recipientRefs(), c.countedCredentialIds(),
                c.credits());
        apply(new AwardOpened(c.awardId(), c.issuerId(), c.policy(), requested));
        apply(new EligibilityReached(c.awardId(), c.qualificationId(), c.qualificationVersion(), c.learnerId(),
                c.recipientRefs(), c.countedCredentialIds(), c.credits()));
        if (c.policy() == AwardPolicy.AUTOMATIC) {
            apply(requested);
        }
    }

    @CommandHandler
    public void handle(ConfirmAward c) {
        requireTenant(c.issuerId());
        if (state != AwardState.AWAITING_CONFIRMATION) {
            throw new DomainRuleViolation("award-not-awaiting-confirmation",
                    "Award " + awardId + " is " + state + ", not awaiting confirmation");
        }
        apply(request);
    }

    @CommandHandler
    public void handle(RecordAwardIssued c) {
        if (credentialId == null && state != AwardState.WITHDRAWN) {
            apply(new AwardIssued(awardId, c.credentialId()));
        }
    }

    @CommandHandler
    public void handle(FlagAwardAtRisk c) {
        if (state != AwardState.WITHDRAWN && state != AwardState.AT_RISK && counted.contains(c.credentialId())
                && !flagged.contains(c.credentialId())) {
            apply(new AwardFlaggedAtRisk(awardId, issuerId, c.credentialId(), c.status()));
        }
    }

    @CommandHandler
    public void handle(WithdrawAward c) {
        requireTenant(c.issuerId());
        if (state == AwardState.WITHDRAWN) {
            throw new DomainRuleViolation("award-withdrawn", "Award " + awardId + " is already withdrawn");
        }
        requireReason(c.reason());
        apply(new AwardWithdrawalRequested(awardId, issuerId, credentialId, c.reason()));
    }

    @CommandHandler
    public void handle(KeepAward c) {
        requireTenant(c.issuerId());
        if (state != AwardState.AT_RISK) {
            throw new DomainRuleViolation("award-not-at-risk", "Only an award at risk can be kept; " + awardId
                    + " is " + state);
        }
        requireReason(c.reason());
        apply(new AwardKept(awardId, issuerId, c.actor(), c.reason()));
    }

    private void requireTenant(String tenant) {
        if (!issuerId.equals(tenant)) {
            throw new NotFound("Award", awardId);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason-required", "Give the reason for the decision",
                    DomainRuleViolation.Kind.INVALID);
        }
    }

    @EventSourcingHandler
    void on(AwardOpened e) {
        awardId = e.awardId();
        issuerId = e.issuerId();
        request = e.request();
        counted = List.copyOf(e.request().countedCredentialIds());
        state = AwardState.AWAITING_CONFIRMATION;
    }

    @EventSourcingHandler
    void on(AwardRequested e) {
        state = AwardState.REQUESTED;
    }

    @EventSourcingHandler
    void on(AwardIssued e) {
        credentialId = e.credentialId();
        state = state == AwardState.AT_RISK ? AwardState.AT_RISK : AwardState.ISSUED;
        beforeRisk = AwardState.ISSUED;
    }

    @EventSourcingHandler
    void on(AwardFlaggedAtRisk e) {
        flagged.add(e.credentialId());
        beforeRisk = state;
        state = AwardState.AT_RISK;
    }

    @EventSourcingHandler
    void on(AwardKept e) {
        state = beforeRisk;
    }

    @EventSourcingHandler
    void on(AwardWithdrawalRequested e) {
        state = AwardState.WITHDRAWN;
    }
}
