package org.credstack.recognition.award.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.events.recognition.EligibilityReached;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwardTest {

    private static final String REF = "a".repeat(64);
    private static final List<String> COUNTED = List.of("c1", "c2", "c3");
    private AggregateTestFixture<Award> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Award.class);
    }

    private static OpenAward open(AwardPolicy policy) {
        return new OpenAward("award-1", "q1", 1, "uni", "target", policy, "wallet-1", List.of(REF), COUNTED,
                new BigDecimal("15"), Instant.parse("2026-11-29T10:00:00Z"));
    }

    private static AwardRequested requested() {
        return new AwardRequested("award-1", "q1", 1, "uni", "target", "wallet-1", List.of(REF), COUNTED,
                new BigDecimal("15"));
    }

    private static AwardOpened opened(AwardPolicy policy) {
        return new AwardOpened("award-1", "uni", policy, requested());
    }

    private static EligibilityReached eligible() {
        return new EligibilityReached("award-1", "q1", 1, "wallet-1", List.of(REF), COUNTED, new BigDecimal("15"));
    }

    @Test
    void an_automatic_award_is_requested_at_once() {
        fixture.givenNoPriorActivity().when(open(AwardPolicy.AUTOMATIC))
                .expectEvents(opened(AwardPolicy.AUTOMATIC), eligible(), requested());
    }

    @Test
    void a_confirmed_award_waits_for_staff_and_is_requested_once_confirmed() {
        fixture.givenNoPriorActivity().when(open(AwardPolicy.CONFIRMED))
                .expectEvents(opened(AwardPolicy.CONFIRMED), eligible());
        fixture.given(opened(AwardPolicy.CONFIRMED), eligible()).when(new ConfirmAward("award-1", "uni", "staff"))
                .expectEvents(requested());
    }

    @Test
    void opening_an_open_award_again_changes_nothing() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested()).when(open(AwardPolicy.AUTOMATIC))
                .expectNoEvents();
    }

    @Test
    void confirming_twice_is_rejected_and_another_tenant_does_not_see_the_award() {
        fixture.given(opened(AwardPolicy.CONFIRMED), eligible(), requested())
                .when(new ConfirmAward("award-1", "uni", "staff"))
                .expectException(DomainRuleViolation.class).expectExceptionMessage(
                        "Award award-1 is REQUESTED, not awaiting confirmation");
        fixture.given(opened(AwardPolicy.CONFIRMED), eligible()).when(new ConfirmAward("award-1", "other", "x"))
                .expectException(NotFound.class);
    }

    @Test
    void a_revoked_component_flags_the_award_once_and_others_are_ignored() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"))
                .when(new FlagAwardAtRisk("award-1", "c2", "REVOKED"))
                .expectEvents(new AwardFlaggedAtRisk("award-1", "uni", "c2", "REVOKED"));
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"),
                        new AwardFlaggedAtRisk("award-1", "uni", "c2", "REVOKED"))
                .when(new FlagAwardAtRisk("award-1", "c3", "REVOKED")).expectNoEvents();
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested())
                .when(new FlagAwardAtRisk("award-1", "not-counted", "REVOKED")).expectNoEvents();
    }

    @Test
    void withdrawing_an_issued_award_asks_issuance_to_revoke_its_credential() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"),
                        new AwardFlaggedAtRisk("award-1", "uni", "c2", "REVOKED"))
                .when(new WithdrawAward("award-1", "uni", "registrar", "component revoked"))
                .expectEvents(new AwardWithdrawalRequested("award-1", "uni", "qc", "component revoked"));
    }

    @Test
    void withdrawing_before_issue_cancels_the_request_and_twice_is_rejected() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested())
                .when(new WithdrawAward("award-1", "uni", "registrar", "error"))
                .expectEvents(new AwardWithdrawalRequested("award-1", "uni", null, "error"));
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(),
                        new AwardWithdrawalRequested("award-1", "uni", null, "error"))
                .when(new WithdrawAward("award-1", "uni", "registrar", "again"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void keeping_needs_an_award_at_risk_and_a_reason() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"))
                .when(new KeepAward("award-1", "uni", "registrar", "fine"))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"),
                        new AwardFlaggedAtRisk("award-1", "uni", "c2", "REVOKED"))
                .when(new KeepAward("award-1", "uni", "registrar", " "))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"),
                        new AwardFlaggedAtRisk("award-1", "uni", "c2", "REVOKED"))
                .when(new KeepAward("award-1", "uni", "registrar", "credit re-earned elsewhere"))
                .expectEvents(new AwardKept("award-1", "uni", "registrar", "credit re-earned elsewhere"));
    }

    @Test
    void a_kept_award_is_not_flagged_again_for_the_same_credential() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"),
                        new AwardFlaggedAtRisk("award-1", "uni", "c2", "REVOKED"),
                        new AwardKept("award-1", "uni", "registrar", "credit re-earned elsewhere"))
                .when(new FlagAwardAtRisk("award-1", "c2", "REVOKED")).expectNoEvents();
    }

    @Test
    void the_issued_credential_is_recorded_once() {
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested())
                .when(new RecordAwardIssued("award-1", "qc")).expectEvents(new AwardIssued("award-1", "qc"));
        fixture.given(opened(AwardPolicy.AUTOMATIC), eligible(), requested(), new AwardIssued("award-1", "qc"))
                .when(new RecordAwardIssued("award-1", "qc")).expectNoEvents();
    }
}
