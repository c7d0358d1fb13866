package org.credstack.recognition.rplclaim.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.credstack.events.recognition.RplDecisionMade;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * A learner's claim for recognition of prior learning, from submission to a decision and at most one appeal.
 * Every command first asks {@link RplClaimState} whether its step is allowed, then checks who asks, then what is
 * asked. Retries change nothing: evidence already on the claim, the assessor already assigned, a second withdrawal
 * or erasure are no-ops. The state holds references only; the learner's own words never reach it.
 * {@code @AggregateRoot} is the framework-neutral marker (Spring's {@code @Aggregate} is not on this classpath); the
 * application registers the class with {@code EventSourcedAggregates}, as the wallet does its aggregates.
 */
@AggregateRoot
public class RplClaim {

    @AggregateIdentifier
    private String claimId;
    private String issuerId;
    private String learnerId;
    private String claimantSubject;
    private List<String> recipientRefs;
    private String qualificationId;
    private String achievementId;
    private BigDecimal creditsClaimed;
    private RplClaimState state;
    private final Set<String> outcomeIds = new HashSet<>();
    private final Set<String> evidenceKeys = new HashSet<>();
    private int files;
    /** The assessor of the current round: the first assessment, or the appeal once one is assigned. */
    private String assessorSubject;
    private String firstAssessorSubject;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private Instant decidedAt;

    protected RplClaim() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitRplClaim command) {
        if (claimId != null) {
            throw new DomainRuleViolation("claim-exists", "Claim " + command.claimId() + " exists");
        }
        SubmissionRules.check(command);
        Map<String, Evidence> distinct = new LinkedHashMap<>();
        int filesSoFar = 0;
        for (Evidence evidence : command.evidence()) {
            if (distinct.putIfAbsent(evidence.key(), evidence.recorded()) == null) {
                command.policy().check(evidence, filesSoFar);
                filesSoFar += evidence instanceof Evidence.StoredFile ? 1 : 0;
            }
        }
        apply(new RplClaimSubmitted(command.claimId(), command.claimantSubject(), command.submittedAt(),
                command.issuerId(), command.learnerId(), command.recipientRefs(), command.qualificationId(),
                command.achievementId(), command.creditsClaimed(), command.outcomes(),
                command.narrative().stream().map(NarrativeEntry::digest).toList(),
                new ArrayList<>(distinct.values())));
    }

    @CommandHandler
    public void handle(AddEvidence command) {
        state.require(RplStep.ADD_EVIDENCE);
        requireClaimant(command.claimantSubject());
        if (evidenceKeys.contains(command.evidence().key())) {
            return;
        }
        command.policy().check(command.evidence(), files);
        apply(new RplEvidenceAdded(claimId, command.claimantSubject(), command.addedAt(),
                command.evidence().recorded()));
    }

    @CommandHandler
    public void handle(CheckCompleteness command) {
        boolean complete = command.missing().isEmpty();
        state.require(complete ? RplStep.FIND_COMPLETE : RplStep.RETURN_INCOMPLETE);
        if (complete && evidenceKeys.isEmpty()) {
            throw new DomainRuleViolation("claim-without-evidence", "A claim without evidence is not complete");
        }
        apply(complete
                ? new RplClaimFoundComplete(claimId, command.staffSubject(), command.checkedAt())
                : new RplClaimReturnedIncomplete(claimId, command.staffSubject(), command.checkedAt(),
                        command.missing()));
    }

    @CommandHandler
    public void handle(ResubmitRplClaim command) {
        state.require(RplStep.RESUBMIT);
        requireClaimant(command.claimantSubject());
        apply(new RplClaimResubmitted(claimId, command.claimantSubject(), command.resubmittedAt()));
    }

    @CommandHandler
    public void handle(AssignAssessor command) {
        state.require(RplStep.ASSIGN_ASSESSOR);
        if (claimantSubject.equals(command.assessorSubject())) {
            throw new DomainRuleViolation("assessor-is-claimant", "No one assesses their own claim");
        }
        if (!command.assessorSubject().equals(assessorSubject)) {
            apply(new RplAssessorAssigned(claimId, command.staffSubject(), command.assignedAt(),
                    command.assessorSubject(), false));
        }
    }

    @CommandHandler
    public void handle(RecordAssessment command) {
        state.require(RplStep.ASSESS);
        requireAssessor(command.assessorSubject());
        if (command.assessments().isEmpty()) {
            throw invalid("assessment-empty", "An assessment gives at least one verdict");
        }
        for (OutcomeAssessment assessment : command.assessments()) {
            if (!outcomeIds.contains(assessment.outcomeId())) {
                throw invalid("outcome-not-claimed", "Outcome " + assessment.outcomeId() + " is not claimed");
            }
            if (assessment.comment() == null || assessment.comment().isBlank()) {
                throw invalid("assessment-comment-required", "A verdict on an outcome comes with a comment");
            }
        }
        apply(new RplOutcomeAssessed(claimId, command.assessorSubject(), command.assessedAt(),
                command.assessments(), state.appeal()));
    }

    @CommandHandler
    public void handle(DecideRplClaim command) {
        state.require(RplStep.DECIDE);
        requireAssessor(command.assessorSubject());
        if (!verdicts.keySet().containsAll(outcomeIds)) {
            throw new DomainRuleViolation("decision-before-assessment", "Every claimed outcome needs a verdict first");
        }
        BigDecimal awarded = AwardRules.check(command, creditsClaimed, verdicts.values());
        boolean appeal = state.appeal();
        apply(new RplClaimDecided(claimId, command.assessorSubject(), command.decidedAt(), command.outcome(),
                awarded, command.rationale(), appeal));
        apply(new RplDecisionMade(claimId, issuerId, learnerId, recipientRefs, qualificationId, achievementId,
                command.outcome(), awarded, command.rationale(), appeal));
    }

    @CommandHandler
    public void handle(AppealRplDecision command) {
        state.require(RplStep.APPEAL);
        requireClaimant(command.claimantSubject());
        if (command.appealedAt().isAfter(decidedAt.plus(command.appealWindow()))) {
            throw new DomainRuleViolation("appeal-window-closed",
                    "An appeal comes within " + command.appealWindow() + " of the decision");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw invalid("appeal-reason-required", "An appeal gives its reason");
        }
        apply(new RplDecisionAppealed(claimId, command.claimantSubject(), command.appealedAt(),
                Sha256.ofText(command.reason())));
    }

    @CommandHandler
    public void handle(AssignAppealAssessor command) {
        state.require(RplStep.ASSIGN_APPEAL_ASSESSOR);
        String assessor = command.assessorSubject();
        if (assessor.equals(firstAssessorSubject) || assessor.equals(claimantSubject)) {
            throw new DomainRuleViolation("appeal-assessor-not-independent",
                    "An appeal is assessed by someone other than the first assessor and the claimant");
        }
        if (!assessor.equals(assessorSubject)) {
            apply(new RplAssessorAssigned(claimId, command.staffSubject(), command.assignedAt(), assessor, true));
        }
    }

    @CommandHandler
    public void handle(WithdrawRplClaim command) {
        if (state == RplClaimState.WITHDRAWN) {
            return;
        }
        state.require(RplStep.WITHDRAW);
        requireClaimant(command.claimantSubject());
        apply(new RplClaimWithdrawn(claimId, command.claimantSubject(), command.withdrawnAt()));
    }

    @CommandHandler
    public void handle(EraseRplClaim command) {
        if (state != RplClaimState.ERASED) {
            apply(new RplClaimErased(claimId, command.actor(), command.erasedAt(), learnerId));
        }
    }

    private void requireClaimant(String subject) {
        if (!claimantSubject.equals(subject)) {
            throw new DomainRuleViolation("not-the-claimant", "Only the claimant may do this");
        }
    }

    private void requireAssessor(String subject) {
        if (!assessorSubject.equals(subject)) {
            throw new DomainRuleViolation("not-the-assigned-assessor", "Only the assigned assessor may do this");
        }
    }

    private static DomainRuleViolation invalid(String rule, String message) {
        return new DomainRuleViolation(rule, message, DomainRuleViolation.Kind.INVALID);
    }

    @EventSourcingHandler
    void on(RplClaimSubmitted event) {
        claimId = event.claimId();
        issuerId = event.issuerId();
        learnerId = event.learnerId();
        claimantSubject = event.actor();
        recipientRefs = event.recipientRefs();
        qualificationId = event.qualificationId();
        achievementId = event.achievementId();
        creditsClaimed = event.creditsClaimed();
        event.outcomes().forEach(outcome -> outcomeIds.add(outcome.outcomeId()));
        event.evidence().forEach(this::remember);
        state = RplClaimState.SUBMITTED;
    }

    @EventSourcingHandler
    void on(RplEvidenceAdded event) {
        remember(event.evidence());
        move(event);
    }

    private void remember(Evidence evidence) {
        evidenceKeys.add(evidence.key());
        files += evidence instanceof Evidence.StoredFile ? 1 : 0;
    }

    @EventSourcingHandler
    void on(RplClaimFoundComplete event) {
        move(event);
    }

    @EventSourcingHandler
    void on(RplClaimReturnedIncomplete event) {
        move(event);
    }

    @EventSourcingHandler
    void on(RplClaimResubmitted event) {
        move(event);
    }

    @EventSourcingHandler
    void on(RplAssessorAssigned event) {
        assessorSubject = event.assessorSubject();
        if (event.appeal()) {
            // The appeal is assessed afresh: the first round's verdicts do not count toward its decision.
            verdicts.clear();
        }
        move(event);
    }

    @EventSourcingHandler
    void on(RplOutcomeAssessed event) {
        event.assessments().forEach(assessment -> verdicts.put(assessment.outcomeId(), assessment.verdict()));
        move(event);
    }

    @EventSourcingHandler
    void on(RplClaimDecided event) {
        if (!event.appeal()) {
            firstAssessorSubject = event.actor();
            decidedAt = event.at();
        }
        move(event);
    }

    @EventSourcingHandler
    void on(RplDecisionAppealed event) {
        move(event);
    }

    @EventSourcingHandler
    void on(RplClaimWithdrawn event) {
        move(event);
    }

    @EventSourcingHandler
    void on(RplClaimErased event) {
        // Nothing further can happen to the claim, so it forgets which evidence it had and the verdicts.
        evidenceKeys.clear();
        files = 0;
        verdicts.clear();
        move(event);
    }

    private void move(RplClaimEvent event) {
        state = state.require(event.step());
    }
}
