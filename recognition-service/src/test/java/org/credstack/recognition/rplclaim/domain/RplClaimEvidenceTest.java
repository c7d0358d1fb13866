package org.credstack.recognition.rplclaim.domain;

import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.FILE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.POLICY;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STAFF;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assessing;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.assigned;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.conflict;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.decided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.file;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.invalid;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.plus;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submitted;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim already holds a wallet credential and one file ({@link RplClaimExamples#submitted()}); two are allowed. */
class RplClaimEvidenceTest {

    private static final Evidence.StoredFile PNG = file("file-2", "certificate scan.png", "Image/PNG; q=1", 4096);
    private static final Evidence.ExternalCredential EXTERNAL = new Evidence.ExternalCredential("urn:uuid:ext-1",
            true, List.of(new Evidence.VerificationCheck("proof", "PASSED")));

    private FixtureConfiguration<RplClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RplClaim.class);
    }

    private static AddEvidence add(Evidence evidence) {
        return new AddEvidence(CLAIM, CLAIMANT, evidence, POLICY, at(1));
    }

    @Test
    void the_claimant_adds_evidence_and_events_keep_no_file_name_or_link() {
        fixture.given(submitted())
                .when(add(PNG))
                .expectEvents(new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), PNG.recorded()));
        Evidence.PortfolioLink link = Evidence.PortfolioLink.of("https://ada.example.org/portfolio");
        fixture.given(submitted())
                .when(add(link))
                .expectEvents(new RplEvidenceAdded(CLAIM, CLAIMANT, at(1),
                        new Evidence.PortfolioLink(null, link.urlSha256())));
        fixture.given(submitted())
                .when(add(EXTERNAL))
                .expectEvents(new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), EXTERNAL));
    }

    @Test
    void evidence_already_on_the_claim_is_not_added_twice() {
        fixture.given(submitted())
                .when(add(FILE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void only_the_claimant_adds_evidence() {
        fixture.given(submitted())
                .when(new AddEvidence(CLAIM, STAFF, PNG, POLICY, at(1)))
                .expectException(conflict("not-the-claimant"))
                .expectNoEvents();
    }

    @Test
    void an_oversized_file_is_refused() {
        fixture.given(submitted())
                .when(add(file("file-2", "big.pdf", "application/pdf", 1_000_001)))
                .expectException(invalid("evidence-file-too-large"))
                .expectNoEvents();
    }

    @Test
    void a_file_of_a_type_not_allowed_is_refused() {
        fixture.given(submitted())
                .when(add(file("file-2", "macro.docm", "application/vnd.ms-word.document.macroEnabled.12", 10)))
                .expectException(invalid("evidence-type-not-allowed"))
                .expectNoEvents();
    }

    @Test
    void files_beyond_the_limit_are_refused_but_other_evidence_is_not_counted() {
        List<Object> full = plus(submitted(), new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), PNG.recorded()));
        fixture.given(full)
                .when(add(file("file-3", "c.pdf", "application/pdf", 10)))
                .expectException(invalid("evidence-limit-reached"))
                .expectNoEvents();
        fixture.given(full)
                .when(add(EXTERNAL))
                .expectEvents(new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), EXTERNAL));
    }

    @Test
    void a_portfolio_link_must_be_https() {
        for (String url : List.of("http://ada.example.org", "ftp://ada.example.org", "https:///no-host", "not a url")) {
            fixture.given(submitted())
                    .when(add(Evidence.PortfolioLink.of(url)))
                    .expectException(invalid("portfolio-link-not-https"))
                    .expectNoEvents();
        }
    }

    @Test
    void evidence_is_accepted_until_the_assessor_records_a_first_verdict() {
        fixture.given(assigned())
                .when(add(PNG))
                .expectEvents(new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), PNG.recorded()));
        fixture.given(assessing())
                .when(add(PNG))
                .expectException(conflict("assessment-started"))
                .expectNoEvents();
    }

    @Test
    void evidence_after_the_decision_is_refused() {
        fixture.given(decided())
                .when(add(PNG))
                .expectException(conflict("claim-already-decided"))
                .expectNoEvents();
    }

    @Test
    void a_returned_claim_takes_evidence() {
        fixture.given(plus(submitted(), new RplClaimReturnedIncomplete(CLAIM, STAFF, at(1), List.of("transcript"))))
                .when(add(PNG))
                .expectEvents(new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), PNG.recorded()));
    }
}
