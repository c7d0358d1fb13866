package org.credstack.events;

import static org.credstack.events.Contract.assertPinned;

import org.junit.jupiter.api.Test;

/** The serialized form of every issuance event, pinned: a change here is a contract change. */
class PinnedIssuanceEventsTest {

    @Test
    void issuer_registered_serializes_as_pinned() {
        assertPinned(ExampleEvents.issuerRegistered());
    }

    @Test
    void issuer_key_rotated_serializes_as_pinned() {
        assertPinned(ExampleEvents.issuerKeyRotated());
    }

    @Test
    void achievement_published_serializes_as_pinned() {
        assertPinned(ExampleEvents.achievementPublished());
    }

    @Test
    void achievement_retired_serializes_as_pinned() {
        assertPinned(ExampleEvents.achievementRetired());
    }

    @Test
    void credential_issued_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialIssued());
    }

    @Test
    void credential_revoked_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialRevoked());
    }

    @Test
    void credential_suspended_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialSuspended());
    }

    @Test
    void credential_reinstated_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialReinstated());
    }

    @Test
    void credential_expired_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialExpired());
    }

    @Test
    void credential_replaced_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialReplaced());
    }
}
