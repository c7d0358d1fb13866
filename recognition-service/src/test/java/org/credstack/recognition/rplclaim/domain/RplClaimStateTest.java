package org.credstack.recognition.rplclaim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credstack.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** The transition table as a whole: properties that no single command test shows. */
class RplClaimStateTest {

    private static final Set<RplClaimState> FINAL = EnumSet.of(RplClaimState.APPEAL_DECIDED, RplClaimState.WITHDRAWN,
            RplClaimState.ERASED);

    @Test
    void every_state_but_erased_can_be_erased() {
        for (RplClaimState state : RplClaimState.values()) {
            assertThat(state.after(RplStep.ERASE)).as(state.name())
                    .isEqualTo(state == RplClaimState.ERASED ? Optional.empty() : Optional.of(RplClaimState.ERASED));
        }
    }

    @Test
    void final_states_allow_nothing_but_erasure() {
        for (RplClaimState state : FINAL) {
            Map<RplStep, RplClaimState> allowed = RplClaimState.transitions().get(state);
            assertThat(allowed.keySet()).as(state.name())
                    .isEqualTo(state == RplClaimState.ERASED ? Set.of() : Set.of(RplStep.ERASE));
        }
    }

    @Test
    void withdrawal_is_possible_exactly_while_undecided() {
        for (RplClaimState state : RplClaimState.values()) {
            boolean open = !state.decided() && state != RplClaimState.WITHDRAWN && state != RplClaimState.ERASED;
            assertThat(state.after(RplStep.WITHDRAW).isPresent()).as(state.name()).isEqualTo(open);
        }
    }

    @Test
    void every_state_is_reached_from_submission() {
        Set<RplClaimState> reached = EnumSet.of(RplClaimState.SUBMITTED);
        boolean grew = true;
        while (grew) {
            Set<RplClaimState> next = EnumSet.copyOf(reached);
            reached.forEach(state -> next.addAll(RplClaimState.transitions().get(state).values()));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(RplClaimState.values());
    }

    @Test
    void a_refused_step_is_a_conflict_naming_the_rule() {
        assertThatThrownBy(() -> RplClaimState.COMPLETE.require(RplStep.DECIDE))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("decision-before-assessment");
                    assertThat(violation.kind()).isEqualTo(DomainRuleViolation.Kind.CONFLICT);
                });
        assertThat(RplClaimState.RETURNED.require(RplStep.RESUBMIT)).isEqualTo(RplClaimState.RESUBMITTED);
    }
}
