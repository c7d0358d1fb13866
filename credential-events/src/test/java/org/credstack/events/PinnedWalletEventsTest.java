package org.credstack.events;

import static org.credstack.events.Contract.assertPinned;

import org.junit.jupiter.api.Test;

/** The serialized form of every wallet event (LearnerErased included), pinned: a change is a contract change. */
class PinnedWalletEventsTest {

    @Test
    void recipient_linked_serializes_as_pinned() {
        assertPinned(ExampleEvents.recipientLinked());
    }

    @Test
    void recipient_unlinked_serializes_as_pinned() {
        assertPinned(ExampleEvents.recipientUnlinked());
    }

    @Test
    void consent_granted_serializes_as_pinned() {
        assertPinned(ExampleEvents.consentGranted());
    }

    @Test
    void consent_revoked_serializes_as_pinned() {
        assertPinned(ExampleEvents.consentRevoked());
    }

    @Test
    void learner_erased_serializes_as_pinned() {
        assertPinned(ExampleEvents.learnerErased());
    }
}
