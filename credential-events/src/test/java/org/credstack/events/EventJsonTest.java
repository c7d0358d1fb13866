package org.credstack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.credstack.events.issuance.CredentialIssued;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void instants_are_iso_8601_strings() {
        JsonNode json = Contract.wireForm(ExampleEvents.credentialRevoked());
        assertEquals("2025-06-02T14:00:00Z", json.path("revokedAt").asText());
        assertTrue(json.path("revokedAt").isTextual());
    }

    @Test
    void null_properties_are_omitted_and_read_back_as_null() throws Exception {
        CredentialIssued issued = ExampleEvents.credentialIssued();
        assertFalse(Contract.wireForm(issued).has("replaces"));
        byte[] bytes = EventJson.mapper().writeValueAsBytes(issued);
        assertEquals(null, EventJson.mapper().readValue(bytes, CredentialIssued.class).replaces());
    }

    @Test
    void the_signed_credential_keeps_its_numbers_exactly() throws Exception {
        String json = EventJson.mapper().writeValueAsString(ExampleEvents.credentialIssued());
        assertTrue(json.contains("\"creditsAvailable\":7.50"), json);
        CredentialIssued read = EventJson.mapper().readValue(json, CredentialIssued.class);
        assertEquals("7.50", read.credential().at("/credentialSubject/achievement/creditsAvailable").toString());
    }

    @Test
    void validity_is_an_iso_8601_period() {
        assertEquals("P5Y", Contract.wireForm(ExampleEvents.achievementPublished()).at("/achievement/validity").asText());
    }
}
