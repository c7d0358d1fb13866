package org.credstack.recognition.equivalence.domain;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EquivalenceTest {

    static final String ID = "eq-1";
    static final BigDecimal FIVE = new BigDecimal("5");
    static final EquivalenceRecorded RECORDED = new EquivalenceRecorded(ID, "demo-university", "partner-college",
            "p-statistics", "a-statistics", FIVE, false);

    private AggregateTestFixture<Equivalence> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Equivalence.class);
    }

    @Test
    void recording_a_rule_puts_it_in_force() {
        fixture.givenNoPriorActivity()
                .when(new RecordEquivalence(ID, "demo-university", "partner-college", "p-statistics", "a-statistics",
                        FIVE, false))
                .expectEvents(RECORDED);
    }

    @Test
    void a_rule_counts_for_more_than_zero_credits_with_at_most_two_decimals() {
        fixture.givenNoPriorActivity()
                .when(new RecordEquivalence(ID, "demo-university", "partner-college", "p-statistics", "a-statistics",
                        BigDecimal.ZERO, false))
                .expectException(DomainRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new RecordEquivalence(ID, "demo-university", "partner-college", "p-statistics", "a-statistics",
                        new BigDecimal("1.125"), false))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void an_institutions_own_achievement_is_not_credit_transfer() {
        fixture.givenNoPriorActivity()
                .when(new RecordEquivalence(ID, "demo-university", "demo-university", "a-python", "a-statistics",
                        FIVE, false))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void withdrawing_ends_the_rule_and_a_second_withdrawal_changes_nothing() {
        fixture.given(RECORDED).when(new WithdrawEquivalence(ID, "demo-university"))
                .expectEvents(new EquivalenceWithdrawn(ID, "demo-university"));
        fixture.given(RECORDED, new EquivalenceWithdrawn(ID, "demo-university"))
                .when(new WithdrawEquivalence(ID, "demo-university")).expectNoEvents();
    }

    @Test
    void another_institution_cannot_withdraw_it() {
        fixture.given(RECORDED).when(new WithdrawEquivalence(ID, "other-university")).expectException(NotFound.class);
    }
}
