package org.credstack.recognition.rplclaim.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.platform.security.Caller;
import org.credstack.recognition.rplclaim.domain.AppealRplDecision;
import org.credstack.recognition.rplclaim.domain.AssignAppealAssessor;
import org.credstack.recognition.rplclaim.domain.AssignAssessor;
import org.credstack.recognition.rplclaim.domain.CheckCompleteness;
import org.credstack.recognition.rplclaim.domain.DecideRplClaim;
import org.credstack.recognition.rplclaim.domain.LearningOutcome;
import org.credstack.recognition.rplclaim.domain.NarrativeEntry;
import org.credstack.recognition.rplclaim.domain.OutcomeAssessment;
import org.credstack.recognition.rplclaim.domain.RecordAssessment;
import org.credstack.recognition.rplclaim.domain.ResubmitRplClaim;
import org.credstack.recognition.rplclaim.domain.SubmitRplClaim;
import org.credstack.recognition.rplclaim.domain.WithdrawRplClaim;

/**
 * The RPL workflow on behalf of the caller: each method finds the claim the caller may see (404 otherwise), sends
 * one command with the institution as tenant, and writes the learner's text in the same transaction. The aggregate
 * decides everything else (state, who, what); nothing is written when it refuses.
 */
@ApplicationScoped
public class RplClaims {

    /** A claim as the learner submits it; {@code evidence} may be empty (files are uploaded afterwards). */
    public record Submission(String institution, String qualificationId, String achievementId,
                             BigDecimal creditsClaimed, List<LearningOutcome> outcomes, List<NarrativeEntry> narrative,
                             List<EvidenceOffer> evidence) {
    }

    @Inject
    Commands commands;
    @Inject
    Caller caller;
    @Inject
    ClaimAccess access;
    @Inject
    Learners learners;
    @Inject
    EvidenceOffers offers;
    @Inject
    RplTexts texts;
    @Inject
    RplSettings settings;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    public String submit(Submission submission) {
        Learner learner = learners.current();
        String institution = submission.institution();
        if (NativeRows.column(em, "SELECT 1 FROM issuer_directory WHERE issuer_id = ?1", institution).isEmpty()) {
            throw new DomainRuleViolation("unknown-institution", "Institution " + institution
                    + " is not known to credstack", DomainRuleViolation.Kind.INVALID);
        }
        String claimId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<EvidenceOffers.Prepared> evidence = submission.evidence().stream()
                .map(offer -> offers.prepare(claimId, institution, learner, offer, now)).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            commands.sendFor(institution, new SubmitRplClaim(claimId, institution, learner.learnerId(),
                    learner.subject(), learner.recipientRefs(), submission.qualificationId(),
                    submission.achievementId(), submission.creditsClaimed(), submission.outcomes(),
                    submission.narrative(), evidence.stream().map(EvidenceOffers.Prepared::evidence).toList(),
                    settings.policy(), now));
            texts.storeNarrative(claimId, submission.narrative());
            evidence.stream().filter(p -> p.detail() != null)
                    .forEach(p -> texts.storeDetail(claimId, p.evidence().key(), p.detail(), now));
        });
        return claimId;
    }

    /** Staff: complete when nothing is missing, otherwise returned to the learner with the list. */
    public void checkCompleteness(String claimId, List<String> missing) {
        RplClaimRow claim = access.ofCallersInstitution(claimId);
        send(claim, new CheckCompleteness(claimId, caller.subject(), missing, clock.instant()));
    }

    public void resubmit(String claimId) {
        send(access.visible(claimId), new ResubmitRplClaim(claimId, caller.subject(), clock.instant()));
    }

    /** Staff: the assessor of the claim or, once it is appealed, of the appeal. */
    public void assign(String claimId, String assessorSubject) {
        RplClaimRow claim = access.ofCallersInstitution(claimId);
        // once decided, the only assessor left to assign is the appeal's (the aggregate names what is missing)
        boolean appeal = claim.state().decided();
        Instant now = clock.instant();
        send(claim, appeal ? new AssignAppealAssessor(claimId, caller.subject(), assessorSubject, now)
                : new AssignAssessor(claimId, caller.subject(), assessorSubject, now));
    }

    public void assess(String claimId, List<OutcomeAssessment> assessments) {
        RplClaimRow claim = assessorOf(claimId);
        send(claim, new RecordAssessment(claimId, caller.subject(), assessments, clock.instant()));
    }

    public void decide(String claimId, RplOutcome outcome, BigDecimal creditsAwarded, String rationale) {
        RplClaimRow claim = assessorOf(claimId);
        send(claim, new DecideRplClaim(claimId, caller.subject(), outcome, creditsAwarded, rationale,
                clock.instant()));
    }

    /** The claimant, within {@code credstack.rpl.appeal-window} of the decision; the reason stays in the table. */
    public void appeal(String claimId, String reason) {
        RplClaimRow claim = access.visible(claimId);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            commands.sendFor(claim.issuerId(), new AppealRplDecision(claimId, caller.subject(), reason, now,
                    settings.appealWindow()));
            texts.storeAppealReason(claimId, reason);
        });
    }

    public void withdraw(String claimId) {
        send(access.visible(claimId), new WithdrawRplClaim(claimId, caller.subject(), clock.instant()));
    }

    /**
     * The claim, for an assessor of its institution. Someone assessing their own claim is refused by name even
     * before the aggregate would refuse them as not assigned: it is the rule they break.
     */
    private RplClaimRow assessorOf(String claimId) {
        RplClaimRow claim = access.ofCallersInstitution(claimId);
        if (access.isClaimant(claim)) {
            throw new DomainRuleViolation("assessor-is-claimant", "No one assesses their own claim");
        }
        return claim;
    }

    private void send(RplClaimRow claim, Object command) {
        QuarkusTransaction.requiringNew().run(() -> commands.sendFor(claim.issuerId(), command));
    }
}
