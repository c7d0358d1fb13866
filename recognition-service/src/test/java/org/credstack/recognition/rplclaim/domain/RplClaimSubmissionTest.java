package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CREDENTIAL;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.FILE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.LO1;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.conflict;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.file;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.invalid;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submit;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submitted;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submittedEvent;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RplClaimSubmissionTest {

    private FixtureConfiguration<RplClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RplClaim.class);
    }

    @Test
    void a_claim_keeps_digests_of_the_narrative_and_no_file_names() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of(CREDENTIAL, FILE)))
                .expectEvents(submittedEvent(List.of(CREDENTIAL, FILE.recorded())));
    }

    @Test
    void a_claim_may_be_submitted_without_evidence_and_lists_the_same_evidence_once() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of()))
                .expectEvents(submittedEvent(List.of()));
        fixture.givenNoPriorActivity()
                .when(submit(List.of(FILE, CREDENTIAL, FILE)))
                .expectEvents(submittedEvent(List.of(FILE.recorded(), CREDENTIAL)));
    }

    @Test
    void a_claim_is_submitted_once() {
        fixture.given(submitted())
                .when(submit(List.of()))
                .expectException(conflict("claim-exists"))
                .expectNoEvents();
    }

    @Test
    void a_claim_is_toward_exactly_one_qualification_or_achievement() {
        SubmitRplClaim claim = submit(List.of());
        fixture.givenNoPriorActivity()
                .when(target(claim, "qual-1", "ach-1"))
                .expectException(invalid("one-target-required"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(target(claim, null, null))
                .expectException(invalid("one-target-required"));
        fixture.givenNoPriorActivity()
                .when(target(claim, null, " "))
                .expectException(invalid("one-target-required"));
    }

    @Test
    void a_claim_asks_for_more_than_zero_credits() {
        SubmitRplClaim claim = submit(List.of());
        for (BigDecimal credits : new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("-1"), null}) {
            fixture.givenNoPriorActivity()
                    .when(new SubmitRplClaim(CLAIM, claim.issuerId(), claim.learnerId(), claim.claimantSubject(),
                            claim.recipientRefs(), claim.qualificationId(), null, credits, claim.outcomes(),
                            claim.narrative(), claim.evidence(), claim.policy(), claim.submittedAt()))
                    .expectException(invalid("credits-claimed-not-positive"))
                    .expectNoEvents();
        }
    }

    @Test
    void the_learner_is_named_by_recipient_refs_only() {
        SubmitRplClaim claim = submit(List.of());
        for (List<String> refs : List.of(List.<String>of(), List.of("ada@example.org"))) {
            fixture.givenNoPriorActivity()
                    .when(new SubmitRplClaim(CLAIM, claim.issuerId(), claim.learnerId(), claim.claimantSubject(),
                            refs, claim.qualificationId(), null, claim.creditsClaimed(), claim.outcomes(),
                            claim.narrative(), claim.evidence(), claim.policy(), claim.submittedAt()))
                    .expectException(invalid("recipient-refs-invalid"))
                    .expectNoEvents();
        }
    }

    @Test
    void every_claimed_outcome_needs_a_narrative_and_only_claimed_outcomes_have_one() {
        fixture.givenNoPriorActivity()
                .when(narrative(List.of(new NarrativeEntry("lo-1", "Designed the billing schema"))))
                .expectException(invalid("narrative-incomplete"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(narrative(List.of(new NarrativeEntry("lo-1", "Designed it"), new NarrativeEntry("lo-2", " "))))
                .expectException(invalid("narrative-incomplete"));
        fixture.givenNoPriorActivity()
                .when(narrative(List.of(new NarrativeEntry("lo-1", "a"), new NarrativeEntry("lo-2", "b"),
                        new NarrativeEntry("lo-9", "c"))))
                .expectException(invalid("outcome-not-claimed"));
    }

    @Test
    void an_outcome_is_claimed_once_and_at_least_one_is_claimed() {
        SubmitRplClaim claim = submit(List.of());
        fixture.givenNoPriorActivity()
                .when(outcomes(claim, List.of(LO1, LO1)))
                .expectException(invalid("outcome-duplicated"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(outcomes(claim, List.of()))
                .expectException(invalid("outcomes-required"));
    }

    @Test
    void initial_evidence_is_held_to_the_evidence_policy() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of(FILE, file("file-2", "b.pdf", "application/pdf", 1),
                        file("file-3", "c.png", "image/png", 1))))
                .expectException(invalid("evidence-limit-reached"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(submit(List.of(Evidence.PortfolioLink.of("http://ada.example.org"))))
                .expectException(invalid("portfolio-link-not-https"));
    }

    private static SubmitRplClaim target(SubmitRplClaim c, String qualificationId, String achievementId) {
        return new SubmitRplClaim(CLAIM, c.issuerId(), c.learnerId(), c.claimantSubject(), c.recipientRefs(),
                qualificationId, achievementId, c.creditsClaimed(), c.outcomes(), c.narrative(), c.evidence(),
                c.policy(), c.submittedAt());
    }

    private static SubmitRplClaim narrative(List<NarrativeEntry> narrative) {
        SubmitRplClaim c = submit(List.of());
        return new SubmitRplClaim(CLAIM, c.issuerId(), c.learnerId(), c.claimantSubject(), c.recipientRefs(),
                c.qualificationId(), null, c.creditsClaimed(), c.outcomes(), narrative, c.evidence(), c.policy(),
                c.submittedAt());
    }

    private static SubmitRplClaim outcomes(SubmitRplClaim c, List<LearningOutcome> outcomes) {
        return new SubmitRplClaim(CLAIM, c.issuerId(), c.learnerId(), c.claimantSubject(), c.recipientRefs(),
                c.qualificationId(), null, c.creditsClaimed(), outcomes, c.narrative(), c.evidence(), c.policy(),
                c.submittedAt());
    }
}
