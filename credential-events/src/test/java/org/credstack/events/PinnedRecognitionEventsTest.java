package org.credstack.events;

import static org.credstack.events.Contract.assertPinned;

import org.junit.jupiter.api.Test;

/** The serialized form of every recognition event, pinned: a change here is a contract change. */
class PinnedRecognitionEventsTest {

    @Test
    void qualification_published_serializes_as_pinned() {
        assertPinned(ExampleEvents.qualificationPublished());
    }

    @Test
    void eligibility_reached_serializes_as_pinned() {
        assertPinned(ExampleEvents.eligibilityReached());
    }

    @Test
    void award_requested_serializes_as_pinned() {
        assertPinned(ExampleEvents.awardRequested());
    }

    @Test
    void award_withdrawal_requested_serializes_as_pinned() {
        assertPinned(ExampleEvents.awardWithdrawalRequested());
    }

    @Test
    void rpl_decision_made_serializes_as_pinned() {
        assertPinned(ExampleEvents.rplDecisionMade());
    }
}
