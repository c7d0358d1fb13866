package org.credstack.events;

import static org.credstack.events.Contract.assertPinned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.credstack.events.issuance.CredentialIssued;
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

    /** awardId was added to v1: the award's credential pins it, and the plain example still has no such property. */
    @Test
    void an_award_credential_issued_serializes_as_pinned_with_its_award_id() throws Exception {
        CredentialIssued award = ExampleEvents.awardCredentialIssued();
        String resource = "pinned/issuance/CredentialIssued.v1.award.json";
        assertPinned(award, resource);

        JsonNode pinned = Contract.read(resource);
        EventType type = EventCatalog.byJavaType(CredentialIssued.class).orElseThrow();
        Set<ValidationMessage> errors = Contract.schema(type).validate(pinned);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(award, EventJson.mapper().treeToValue(pinned, CredentialIssued.class));
        assertEquals(2, pinned.at("/credential/evidence").size());
        assertFalse(Contract.wireForm(ExampleEvents.credentialIssued()).has("awardId"));
        assertNull(EventJson.mapper().treeToValue(Contract.pinned(type), CredentialIssued.class).awardId());
    }

    @Test
    void credential_recorded_serializes_as_pinned() {
        assertPinned(ExampleEvents.credentialRecorded());
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
