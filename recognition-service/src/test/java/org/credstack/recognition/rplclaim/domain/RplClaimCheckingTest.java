package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.LEARNER;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.POLICY;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STAFF;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealDecided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assessing;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.complete;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.conflict;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.plus;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submitted;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submittedEvent;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completeness checks, resubmission, withdrawal and erasure. */
class RplClaimCheckingTest {

    private static final List<String> MISSING = List.of("the transcript of the SQL course");

    private FixtureConfiguration<RplClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RplClaim.class);
    }

    private static List<Object> returned() {
        return plus(submitted(), new RplClaimReturnedIncomplete(CLAIM, STAFF, at(1), MISSING));
    }

    @Test
    void staff_find_a_claim_complete_or_return_it_saying_what_is_missing() {
        fixture.given(submitted())
                .when(new CheckCompleteness(CLAIM, STAFF, List.of(), at(1)))
                .expectEvents(new RplClaimFoundComplete(CLAIM, STAFF, at(1)));
        fixture.given(submitted())
                .when(new CheckCompleteness(CLAIM, STAFF, MISSING, at(1)))
                .expectEvents(new RplClaimReturnedIncomplete(CLAIM, STAFF, at(1), MISSING));
    }

    @Test
    void a_claim_without_evidence_is_not_complete() {
        fixture.given(submittedEvent(List.of()))
                .when(new CheckCompleteness(CLAIM, STAFF, List.of(), at(1)))
                .expectException(conflict("claim-without-evidence"))
                .expectNoEvents();
    }

    @Test
    void a_returned_claim_goes_back_to_checking_when_the_claimant_resubmits_it() {
        List<Object> withEvidence = plus(returned(),
                new RplEvidenceAdded(CLAIM, CLAIMANT, at(2), new Evidence.WalletCredential("cred-2", "consent-2")));
        fixture.given(withEvidence)
                .when(new ResubmitRplClaim(CLAIM, CLAIMANT, at(3)))
                .expectEvents(new RplClaimResubmitted(CLAIM, CLAIMANT, at(3)));
        fixture.given(plus(withEvidence, new RplClaimResubmitted(CLAIM, CLAIMANT, at(3))))
                .when(new CheckCompleteness(CLAIM, STAFF, List.of(), at(4)))
                .expectEvents(new RplClaimFoundComplete(CLAIM, STAFF, at(4)));
    }

    @Test
    void a_returned_claim_is_not_checked_until_resubmitted() {
        fixture.given(returned())
                .when(new CheckCompleteness(CLAIM, STAFF, List.of(), at(2)))
                .expectException(conflict("claim-not-awaiting-check"))
                .expectNoEvents();
    }

    @Test
    void only_the_claimant_resubmits_and_only_a_returned_claim() {
        fixture.given(returned())
                .when(new ResubmitRplClaim(CLAIM, STAFF, at(2)))
                .expectException(conflict("not-the-claimant"))
                .expectNoEvents();
        fixture.given(submitted())
                .when(new ResubmitRplClaim(CLAIM, CLAIMANT, at(2)))
                .expectException(conflict("claim-not-returned"))
                .expectNoEvents();
    }

    @Test
    void a_complete_claim_is_not_checked_again() {
        fixture.given(complete())
                .when(new CheckCompleteness(CLAIM, STAFF, MISSING, at(2)))
                .expectException(conflict("claim-not-awaiting-check"))
                .expectNoEvents();
    }

    @Test
    void the_claimant_withdraws_an_undecided_claim_once() {
        fixture.given(assessing())
                .when(new WithdrawRplClaim(CLAIM, CLAIMANT, at(9)))
                .expectEvents(new RplClaimWithdrawn(CLAIM, CLAIMANT, at(9)));
        fixture.given(plus(submitted(), new RplClaimWithdrawn(CLAIM, CLAIMANT, at(1))))
                .when(new WithdrawRplClaim(CLAIM, CLAIMANT, at(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void only_the_claimant_withdraws_and_not_after_the_decision() {
        fixture.given(submitted())
                .when(new WithdrawRplClaim(CLAIM, STAFF, at(1)))
                .expectException(conflict("not-the-claimant"))
                .expectNoEvents();
        fixture.given(decided())
                .when(new WithdrawRplClaim(CLAIM, CLAIMANT, at(9)))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_claim_accepts_nothing_more() {
        fixture.given(plus(submitted(), new RplClaimWithdrawn(CLAIM, CLAIMANT, at(1))))
                .when(new AddEvidence(CLAIM, CLAIMANT, new Evidence.WalletCredential("c-2", "k-2"), POLICY, at(2)))
                .expectException(conflict("claim-withdrawn"))
                .expectNoEvents();
    }

    @Test
    void erasure_closes_a_claim_in_any_state_once() {
        for (List<Object> history : List.of(submitted(), decided(), appealDecided(),
                plus(submitted(), new RplClaimWithdrawn(CLAIM, CLAIMANT, at(1))))) {
            fixture.given(history)
                    .when(new EraseRplClaim(CLAIM, "operator-sub", at(20)))
                    .expectEvents(new RplClaimErased(CLAIM, "operator-sub", at(20), LEARNER));
        }
        List<Object> erased = plus(submitted(), new RplClaimErased(CLAIM, CLAIMANT, at(20), LEARNER));
        fixture.given(erased)
                .when(new EraseRplClaim(CLAIM, CLAIMANT, at(21)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(erased)
                .when(new CheckCompleteness(CLAIM, STAFF, List.of(), at(21)))
                .expectException(conflict("claim-erased"))
                .expectNoEvents();
    }
}
