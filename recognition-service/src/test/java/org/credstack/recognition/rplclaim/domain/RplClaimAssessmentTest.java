package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMED;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.DECIDED_RATIONALE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STAFF;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assessed;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assessing;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assigned;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.complete;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.conflict;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decide;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.invalid;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.met;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.notMet;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.plus;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.published;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submitted;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.credstack.events.recognition.RplOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Assigning the assessor, verdicts on outcomes, and the first decision. */
class RplClaimAssessmentTest {

    private FixtureConfiguration<RplClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RplClaim.class);
    }

    private static List<Object> allMet() {
        return plus(assigned(), new RplOutcomeAssessed(CLAIM, ASSESSOR, at(3), List.of(met("lo-1"), met("lo-2")),
                false));
    }

    @Test
    void an_assessor_is_assigned_to_a_complete_claim_only() {
        fixture.given(complete())
                .when(new AssignAssessor(CLAIM, STAFF, ASSESSOR, at(2)))
                .expectEvents(new RplAssessorAssigned(CLAIM, STAFF, at(2), ASSESSOR, false));
        fixture.given(submitted())
                .when(new AssignAssessor(CLAIM, STAFF, ASSESSOR, at(2)))
                .expectException(conflict("claim-not-complete"))
                .expectNoEvents();
    }

    @Test
    void an_assessor_cannot_decide_their_own_claim() {
        fixture.given(complete())
                .when(new AssignAssessor(CLAIM, STAFF, CLAIMANT, at(2)))
                .expectException(conflict("assessor-is-claimant"))
                .expectNoEvents();
    }

    @Test
    void staff_may_reassign_until_the_first_verdict() {
        fixture.given(assigned())
                .when(new AssignAssessor(CLAIM, STAFF, "other-assessor", at(3)))
                .expectEvents(new RplAssessorAssigned(CLAIM, STAFF, at(3), "other-assessor", false));
        fixture.given(assigned())
                .when(new AssignAssessor(CLAIM, STAFF, ASSESSOR, at(3)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(assessing())
                .when(new AssignAssessor(CLAIM, STAFF, "other-assessor", at(4)))
                .expectException(conflict("assessment-started"))
                .expectNoEvents();
    }

    @Test
    void only_the_assigned_assessor_records_verdicts() {
        fixture.given(assigned())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(met("lo-1")), at(3)))
                .expectEvents(new RplOutcomeAssessed(CLAIM, ASSESSOR, at(3), List.of(met("lo-1")), false));
        fixture.given(assigned())
                .when(new RecordAssessment(CLAIM, "other-assessor", List.of(met("lo-1")), at(3)))
                .expectException(conflict("not-the-assigned-assessor"))
                .expectNoEvents();
        fixture.given(complete())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(met("lo-1")), at(3)))
                .expectException(conflict("no-assessor-assigned"))
                .expectNoEvents();
    }

    @Test
    void an_outcome_that_is_not_part_of_the_claim_is_rejected() {
        fixture.given(assigned())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(met("lo-1"), met("lo-9")), at(3)))
                .expectException(invalid("outcome-not-claimed"))
                .expectNoEvents();
    }

    @Test
    void a_verdict_comes_with_a_comment_and_an_assessment_with_a_verdict() {
        fixture.given(assigned())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(new OutcomeAssessment("lo-1", Verdict.MET, " ")),
                        at(3)))
                .expectException(invalid("assessment-comment-required"))
                .expectNoEvents();
        fixture.given(assigned())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(), at(3)))
                .expectException(invalid("assessment-empty"))
                .expectNoEvents();
    }

    @Test
    void a_decision_before_every_claimed_outcome_is_assessed_is_refused() {
        fixture.given(assessing())
                .when(decide(ASSESSOR, RplOutcome.PARTIAL, "5"))
                .expectException(conflict("decision-before-assessment"))
                .expectNoEvents();
        fixture.given(assigned())
                .when(decide(ASSESSOR, RplOutcome.REJECTED, "0"))
                .expectException(conflict("decision-before-assessment"))
                .expectNoEvents();
    }

    @Test
    void a_decision_is_recorded_and_published_without_who_and_when() {
        fixture.given(assessed())
                .when(decide(ASSESSOR, RplOutcome.PARTIAL, "5"))
                .expectEvents(new RplClaimDecided(CLAIM, ASSESSOR, at(5), RplOutcome.PARTIAL, new BigDecimal("5"),
                                DECIDED_RATIONALE, false),
                        published(RplOutcome.PARTIAL, "5", DECIDED_RATIONALE, false));
    }

    @Test
    void a_later_verdict_on_an_outcome_replaces_the_earlier_one() {
        fixture.given(plus(allMet(), new RplOutcomeAssessed(CLAIM, ASSESSOR, at(4), List.of(notMet("lo-2")), false)))
                .when(decide(ASSESSOR, RplOutcome.FULL, "10"))
                .expectException(invalid("full-award-with-unmet-outcome"))
                .expectNoEvents();
    }

    @Test
    void only_the_assigned_assessor_decides() {
        fixture.given(assessed())
                .when(decide("other-assessor", RplOutcome.PARTIAL, "5"))
                .expectException(conflict("not-the-assigned-assessor"))
                .expectNoEvents();
    }

    @Test
    void a_full_award_is_exactly_the_credits_claimed_for_outcomes_all_met() {
        fixture.given(allMet())
                .when(decide(ASSESSOR, RplOutcome.FULL, "10.0"))
                .expectEvents(new RplClaimDecided(CLAIM, ASSESSOR, at(5), RplOutcome.FULL, new BigDecimal("10.0"),
                                DECIDED_RATIONALE, false),
                        published(RplOutcome.FULL, "10.0", DECIDED_RATIONALE, false));
        fixture.given(allMet())
                .when(decide(ASSESSOR, RplOutcome.FULL, "9"))
                .expectException(invalid("full-award-not-claimed-credits"))
                .expectNoEvents();
        fixture.given(assessed())
                .when(decide(ASSESSOR, RplOutcome.FULL, CLAIMED.toPlainString()))
                .expectException(invalid("full-award-with-unmet-outcome"))
                .expectNoEvents();
    }

    @Test
    void a_partial_award_is_more_than_nothing_and_less_than_claimed() {
        for (String credits : new String[] {"0", "10", "12", null}) {
            fixture.given(assessed())
                    .when(decide(ASSESSOR, RplOutcome.PARTIAL, credits))
                    .expectException(invalid("partial-award-out-of-range"))
                    .expectNoEvents();
        }
    }

    @Test
    void a_rejection_awards_nothing() {
        fixture.given(assessed())
                .when(decide(ASSESSOR, RplOutcome.REJECTED, null))
                .expectEvents(new RplClaimDecided(CLAIM, ASSESSOR, at(5), RplOutcome.REJECTED, BigDecimal.ZERO,
                                DECIDED_RATIONALE, false),
                        published(RplOutcome.REJECTED, "0", DECIDED_RATIONALE, false));
        fixture.given(assessed())
                .when(decide(ASSESSOR, RplOutcome.REJECTED, "1"))
                .expectException(invalid("rejection-awards-credits"))
                .expectNoEvents();
    }

    @Test
    void a_decision_gives_its_rationale() {
        fixture.given(assessed())
                .when(new DecideRplClaim(CLAIM, ASSESSOR, RplOutcome.PARTIAL, new BigDecimal("5"), "  ", at(5)))
                .expectException(invalid("rationale-required"))
                .expectNoEvents();
    }

    @Test
    void a_decided_claim_is_not_decided_or_assessed_again() {
        fixture.given(decided())
                .when(decide(ASSESSOR, RplOutcome.FULL, "10"))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
        fixture.given(decided())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(met("lo-2")), at(6)))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
    }
}
