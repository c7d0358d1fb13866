package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.APPEAL_ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMED;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CREDENTIAL;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.DECIDED_RATIONALE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.FILE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.POLICY;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STAFF;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.WINDOW;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.conflict;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decide;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.met;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.notMet;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.published;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submit;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submittedEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.credstack.events.recognition.RplOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One claim driven by commands alone, from submission to partial credit and an appeal that awards it all. */
class RplClaimWorkflowTest {

    private FixtureConfiguration<RplClaim> fixture;
    private final List<Object> commandsSoFar = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RplClaim.class);
    }

    /** Runs {@code command} after every earlier one and expects {@code events}; then it is history too. */
    private void step(Object command, Object... events) {
        fixture.givenCommands(commandsSoFar).when(command).expectSuccessfulHandlerExecution().expectEvents(events);
        commandsSoFar.add(command);
    }

    @Test
    void a_claim_goes_from_partial_credit_to_full_credit_on_appeal_to_a_second_assessor() {
        List<String> missing = List.of("a reference for lo-2");
        Evidence reference = new Evidence.StoredFile("file-2", "reference.pdf", "application/pdf", 900,
                "c".repeat(64));
        step(submit(List.of(CREDENTIAL)), submittedEvent(List.of(CREDENTIAL)));
        step(new CheckCompleteness(CLAIM, STAFF, missing, at(1)),
                new RplClaimReturnedIncomplete(CLAIM, STAFF, at(1), missing));
        step(new AddEvidence(CLAIM, CLAIMANT, FILE, POLICY, at(2)),
                new RplEvidenceAdded(CLAIM, CLAIMANT, at(2), FILE.recorded()));
        step(new ResubmitRplClaim(CLAIM, CLAIMANT, at(3)), new RplClaimResubmitted(CLAIM, CLAIMANT, at(3)));
        step(new CheckCompleteness(CLAIM, STAFF, List.of(), at(4)), new RplClaimFoundComplete(CLAIM, STAFF, at(4)));
        step(new AssignAssessor(CLAIM, STAFF, ASSESSOR, at(4)),
                new RplAssessorAssigned(CLAIM, STAFF, at(4), ASSESSOR, false));
        step(new RecordAssessment(CLAIM, ASSESSOR, List.of(met("lo-1"), notMet("lo-2")), at(5)),
                new RplOutcomeAssessed(CLAIM, ASSESSOR, at(5), List.of(met("lo-1"), notMet("lo-2")), false));
        step(decide(ASSESSOR, RplOutcome.PARTIAL, "5"),
                new RplClaimDecided(CLAIM, ASSESSOR, at(5), RplOutcome.PARTIAL, new BigDecimal("5"),
                        DECIDED_RATIONALE, false),
                published(RplOutcome.PARTIAL, "5", DECIDED_RATIONALE, false));
        step(new AppealRplDecision(CLAIM, CLAIMANT, "See my second reference", at(48), WINDOW),
                new RplDecisionAppealed(CLAIM, CLAIMANT, at(48), Sha256.ofText("See my second reference")));
        step(new AssignAppealAssessor(CLAIM, STAFF, APPEAL_ASSESSOR, at(49)),
                new RplAssessorAssigned(CLAIM, STAFF, at(49), APPEAL_ASSESSOR, true));
        step(new RecordAssessment(CLAIM, APPEAL_ASSESSOR, List.of(met("lo-1"), met("lo-2")), at(50)),
                new RplOutcomeAssessed(CLAIM, APPEAL_ASSESSOR, at(50), List.of(met("lo-1"), met("lo-2")), true));
        step(new DecideRplClaim(CLAIM, APPEAL_ASSESSOR, RplOutcome.FULL, CLAIMED, "Both outcomes evidenced", at(51)),
                new RplClaimDecided(CLAIM, APPEAL_ASSESSOR, at(51), RplOutcome.FULL, CLAIMED,
                        "Both outcomes evidenced", true),
                published(RplOutcome.FULL, "10", "Both outcomes evidenced", true));
        fixture.givenCommands(commandsSoFar)
                .when(new AddEvidence(CLAIM, CLAIMANT, reference, POLICY, at(52)))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
    }
}
