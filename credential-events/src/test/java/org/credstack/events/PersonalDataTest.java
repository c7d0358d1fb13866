package org.credstack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.credstack.events.wallet.RecipientLinked;
import org.junit.jupiter.api.Test;

/** Events name learners only by recipientRef: no address or name of a learner travels in them. */
class PersonalDataTest {

    private static final Pattern PERSONAL = Pattern.compile("(?i).*(email|displayName|givenName|familyName).*");
    private static final String RECIPIENT_REF_PATTERN = "^[0-9a-f]{64}$";

    @Test
    void no_schema_property_is_a_learners_address_or_name() {
        List<String> found = new ArrayList<>();
        for (EventType type : EventCatalog.all()) {
            collect(type.name(), Contract.schemaJson(type), found);
        }
        // The institution's contact address is institutional, not a learner's.
        assertEquals(List.of("IssuerRegistered.email"), found);
    }

    @Test
    void every_recipient_ref_property_is_constrained_to_the_pseudonym_format() {
        for (EventType type : EventCatalog.all()) {
            for (JsonNode properties : Contract.schemaJson(type).findValues("properties")) {
                for (Map.Entry<String, JsonNode> property : iterable(properties)) {
                    JsonNode schema = property.getValue();
                    if (property.getKey().equals("recipientRef")) {
                        assertEquals(RECIPIENT_REF_PATTERN, schema.path("pattern").asText(), type.name());
                    } else if (property.getKey().equals("recipientRefs")) {
                        assertEquals(RECIPIENT_REF_PATTERN, schema.path("items").path("pattern").asText(), type.name());
                    }
                }
            }
        }
    }

    @Test
    void records_refuse_an_email_address_as_recipient_ref() {
        Throwable thrown = assertThrows(IllegalArgumentException.class,
                () -> new RecipientLinked("w-1", "ada.lovelace@example.org"));
        assertFalse(thrown.getMessage().contains("ada"), "the rejected value must not be echoed into logs");
    }

    private static void collect(String path, JsonNode schema, List<String> found) {
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            if (PERSONAL.matcher(property.getKey()).matches()) {
                found.add(path + "." + property.getKey());
            }
            collect(path + "." + property.getKey(), property.getValue(), found);
            collect(path + "." + property.getKey() + "[]", property.getValue().path("items"), found);
        }
        for (Map.Entry<String, JsonNode> def : iterable(schema.path("$defs"))) {
            collect(path + "#" + def.getKey(), def.getValue(), found);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
