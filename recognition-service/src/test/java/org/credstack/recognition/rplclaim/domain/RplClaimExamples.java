package org.credstack.recognition.rplclaim.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.credstack.events.recognition.RplDecisionMade;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.platform.domain.DomainRuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** One claim walked through its workflow, as commands and as the events each stage leaves behind. */
final class RplClaimExamples {

    static final String CLAIM = "claim-1";
    static final String ISSUER = "uni-a";
    static final String LEARNER = "wallet-1";
    static final String CLAIMANT = "learner-sub";
    static final String STAFF = "staff-sub";
    static final String ASSESSOR = "assessor-sub";
    static final String APPEAL_ASSESSOR = "second-assessor-sub";
    static final List<String> REFS = List.of("a".repeat(64));
    static final String QUALIFICATION = "qual-data-eng";
    static final BigDecimal CLAIMED = new BigDecimal("10");
    static final Duration WINDOW = Duration.ofDays(30);
    static final EvidencePolicy POLICY = new EvidencePolicy(Set.of("application/pdf", "image/png"), 1_000_000, 2);
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    static final LearningOutcome LO1 = new LearningOutcome("lo-1", "Designs relational schemas");
    static final LearningOutcome LO2 = new LearningOutcome("lo-2", "Tunes SQL queries");
    static final String STORY_1 = "At Acme I designed the schema of the billing system";
    static final String STORY_2 = "I cut the month-end report from 2 hours to 4 minutes";
    static final Evidence.WalletCredential CREDENTIAL = new Evidence.WalletCredential("cred-1", "consent-1");
    static final Evidence.StoredFile FILE = file("file-1", "ada-lovelace-reference.pdf", "application/pdf", 2048);
    static final String DECIDED_RATIONALE = "Schema design evidenced by the reference; query tuning not evidenced";

    private RplClaimExamples() {
    }

    static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static Evidence.StoredFile file(String id, String name, String mediaType, long size) {
        return new Evidence.StoredFile(id, name, mediaType, size, "b".repeat(64));
    }

    static SubmitRplClaim submit(List<Evidence> evidence) {
        return new SubmitRplClaim(CLAIM, ISSUER, LEARNER, CLAIMANT, REFS, QUALIFICATION, null, CLAIMED,
                List.of(LO1, LO2), List.of(new NarrativeEntry("lo-1", STORY_1), new NarrativeEntry("lo-2", STORY_2)),
                evidence, POLICY, T0);
    }

    static RplClaimSubmitted submittedEvent(List<Evidence> recordedEvidence) {
        return new RplClaimSubmitted(CLAIM, CLAIMANT, T0, ISSUER, LEARNER, REFS, QUALIFICATION, null, CLAIMED,
                List.of(LO1, LO2), List.of(new NarrativeDigest("lo-1", Sha256.ofText(STORY_1)),
                        new NarrativeDigest("lo-2", Sha256.ofText(STORY_2))), recordedEvidence);
    }

    static OutcomeAssessment met(String outcomeId) {
        return new OutcomeAssessment(outcomeId, Verdict.MET, "Evidence covers " + outcomeId);
    }

    static OutcomeAssessment notMet(String outcomeId) {
        return new OutcomeAssessment(outcomeId, Verdict.NOT_MET, "No evidence for " + outcomeId);
    }

    static DecideRplClaim decide(String assessor, RplOutcome outcome, String credits) {
        return new DecideRplClaim(CLAIM, assessor, outcome, credits == null ? null : new BigDecimal(credits),
                DECIDED_RATIONALE, at(5));
    }

    static RplDecisionMade published(RplOutcome outcome, String credits, String rationale, boolean appeal) {
        return new RplDecisionMade(CLAIM, ISSUER, LEARNER, REFS, QUALIFICATION, null, outcome,
                new BigDecimal(credits), rationale, appeal);
    }

    // The stages of one claim: each is the events of the one before plus its own.

    static List<Object> submitted() {
        return List.of(submittedEvent(List.of(CREDENTIAL, FILE.recorded())));
    }

    static List<Object> complete() {
        return plus(submitted(), new RplClaimFoundComplete(CLAIM, STAFF, at(1)));
    }

    static List<Object> assigned() {
        return plus(complete(), new RplAssessorAssigned(CLAIM, STAFF, at(2), ASSESSOR, false));
    }

    static List<Object> assessing() {
        return plus(assigned(), new RplOutcomeAssessed(CLAIM, ASSESSOR, at(3), List.of(met("lo-1")), false));
    }

    static List<Object> assessed() {
        return plus(assessing(), new RplOutcomeAssessed(CLAIM, ASSESSOR, at(4), List.of(notMet("lo-2")), false));
    }

    static List<Object> decided() {
        return plus(assessed(),
                new RplClaimDecided(CLAIM, ASSESSOR, at(5), RplOutcome.PARTIAL, new BigDecimal("5"),
                        DECIDED_RATIONALE, false),
                published(RplOutcome.PARTIAL, "5", DECIDED_RATIONALE, false));
    }

    static List<Object> appealed() {
        return plus(decided(), new RplDecisionAppealed(CLAIM, CLAIMANT, at(6), Sha256.ofText("Query tuning is in")));
    }

    static List<Object> appealAssigned() {
        return plus(appealed(), new RplAssessorAssigned(CLAIM, STAFF, at(7), APPEAL_ASSESSOR, true));
    }

    static List<Object> appealAssessed() {
        return plus(appealAssigned(),
                new RplOutcomeAssessed(CLAIM, APPEAL_ASSESSOR, at(8), List.of(met("lo-1"), met("lo-2")), true));
    }

    static List<Object> appealDecided() {
        return plus(appealAssessed(),
                new RplClaimDecided(CLAIM, APPEAL_ASSESSOR, at(9), RplOutcome.FULL, CLAIMED, "Both met", true),
                published(RplOutcome.FULL, "10", "Both met", true));
    }

    static List<Object> plus(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    /** The command broke {@code rule}, of that kind. */
    static Matcher<DomainRuleViolation> violates(String rule, DomainRuleViolation.Kind kind) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return rule.equals(violation.rule()) && kind == violation.kind();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " violation of " + rule);
            }

            @Override
            protected void describeMismatchSafely(DomainRuleViolation violation, Description description) {
                description.appendText("was a " + violation.kind() + " violation of " + violation.rule());
            }
        };
    }

    static Matcher<DomainRuleViolation> conflict(String rule) {
        return violates(rule, DomainRuleViolation.Kind.CONFLICT);
    }

    static Matcher<DomainRuleViolation> invalid(String rule) {
        return violates(rule, DomainRuleViolation.Kind.INVALID);
    }
}
