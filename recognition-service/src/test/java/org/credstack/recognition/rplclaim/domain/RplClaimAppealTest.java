package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.APPEAL_ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STAFF;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.WINDOW;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealAssessed;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealAssigned;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealDecided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealed;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assessed;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.conflict;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decide;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.invalid;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.met;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.plus;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.credstack.events.recognition.RplOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim was decided at {@code at(5)}; the appeal window is 30 days. */
class RplClaimAppealTest {

    private static final String REASON = "My query tuning is in the second reference";
    private static final Instant WINDOW_END = at(5).plus(WINDOW);

    private FixtureConfiguration<RplClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RplClaim.class);
    }

    private static AppealRplDecision appeal(String subject, Instant appealedAt) {
        return new AppealRplDecision(CLAIM, subject, REASON, appealedAt, WINDOW);
    }

    @Test
    void the_claimant_appeals_within_the_window_and_the_event_keeps_only_the_reasons_digest() {
        fixture.given(decided())
                .when(appeal(CLAIMANT, WINDOW_END))
                .expectEvents(new RplDecisionAppealed(CLAIM, CLAIMANT, WINDOW_END, Sha256.ofText(REASON)));
    }

    @Test
    void an_appeal_after_the_window_is_refused() {
        fixture.given(decided())
                .when(appeal(CLAIMANT, WINDOW_END.plusSeconds(1)))
                .expectException(conflict("appeal-window-closed"))
                .expectNoEvents();
    }

    @Test
    void only_the_claimant_appeals_and_gives_a_reason() {
        fixture.given(decided())
                .when(appeal(ASSESSOR, at(6)))
                .expectException(conflict("not-the-claimant"))
                .expectNoEvents();
        fixture.given(decided())
                .when(new AppealRplDecision(CLAIM, CLAIMANT, " ", at(6), WINDOW))
                .expectException(invalid("appeal-reason-required"))
                .expectNoEvents();
    }

    @Test
    void an_undecided_claim_cannot_be_appealed() {
        fixture.given(assessed())
                .when(appeal(CLAIMANT, at(6)))
                .expectException(conflict("claim-not-decided"))
                .expectNoEvents();
    }

    @Test
    void a_second_appeal_is_refused() {
        for (List<Object> history : List.of(appealed(), appealAssessed(), appealDecided())) {
            fixture.given(history)
                    .when(appeal(CLAIMANT, at(10)))
                    .expectException(conflict("second-appeal"))
                    .expectNoEvents();
        }
    }

    @Test
    void the_appeal_assessor_is_someone_else_than_the_first_assessor_and_the_claimant() {
        fixture.given(appealed())
                .when(new AssignAppealAssessor(CLAIM, STAFF, APPEAL_ASSESSOR, at(7)))
                .expectEvents(new RplAssessorAssigned(CLAIM, STAFF, at(7), APPEAL_ASSESSOR, true));
        for (String notIndependent : List.of(ASSESSOR, CLAIMANT)) {
            fixture.given(appealed())
                    .when(new AssignAppealAssessor(CLAIM, STAFF, notIndependent, at(7)))
                    .expectException(conflict("appeal-assessor-not-independent"))
                    .expectNoEvents();
        }
    }

    @Test
    void an_appeal_assessor_is_assigned_to_an_appealed_claim_only() {
        fixture.given(decided())
                .when(new AssignAppealAssessor(CLAIM, STAFF, APPEAL_ASSESSOR, at(7)))
                .expectException(conflict("claim-not-appealed"))
                .expectNoEvents();
    }

    @Test
    void the_first_assessor_has_no_say_in_the_appeal() {
        fixture.given(appealAssigned())
                .when(new RecordAssessment(CLAIM, ASSESSOR, List.of(met("lo-2")), at(8)))
                .expectException(conflict("not-the-assigned-assessor"))
                .expectNoEvents();
    }

    @Test
    void the_appeal_is_assessed_afresh_before_it_is_decided() {
        fixture.given(plus(appealAssigned(),
                        new RplOutcomeAssessed(CLAIM, APPEAL_ASSESSOR, at(8), List.of(met("lo-2")), true)))
                .when(decide(APPEAL_ASSESSOR, RplOutcome.FULL, "10"))
                .expectException(conflict("decision-before-assessment"))
                .expectNoEvents();
        fixture.given(appealAssigned())
                .when(new RecordAssessment(CLAIM, APPEAL_ASSESSOR, List.of(met("lo-2")), at(8)))
                .expectEvents(new RplOutcomeAssessed(CLAIM, APPEAL_ASSESSOR, at(8), List.of(met("lo-2")), true));
    }

    @Test
    void the_appeal_decision_is_final() {
        fixture.given(appealDecided())
                .when(decide(APPEAL_ASSESSOR, RplOutcome.PARTIAL, "5"))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
        fixture.given(appealDecided())
                .when(new AssignAppealAssessor(CLAIM, STAFF, "third-assessor", at(10)))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
    }
}
