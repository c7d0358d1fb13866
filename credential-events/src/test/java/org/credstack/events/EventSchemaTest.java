package org.credstack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each event type's schema, pinned example and record agree with one another. */
class EventSchemaTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void pinned_example_validates_against_the_schema(EventType type) {
        Set<ValidationMessage> errors = Contract.schema(type).validate(Contract.pinned(type));
        assertTrue(errors.isEmpty(), () -> type.ceType() + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void pinned_example_deserializes_to_an_equal_record(EventType type) throws Exception {
        ContractEvent read = EventJson.mapper().treeToValue(Contract.pinned(type), type.javaType());
        assertEquals(ExampleEvents.of(type), read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void unknown_properties_are_ignored_so_additions_are_safe(EventType type) throws Exception {
        ObjectNode withAddition = Contract.pinned(type).deepCopy();
        withAddition.put("propertyAddedInALaterRelease", "ignored by older consumers");
        assertEquals(ExampleEvents.of(type), EventJson.mapper().treeToValue(withAddition, type.javaType()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void schema_properties_are_the_record_components(EventType type) {
        JsonNode schema = Contract.schemaJson(type);
        assertEquals(components(type.javaType()), propertyNames(schema), type.ceType());
        schema.path("$defs").fields().forEachRemaining(def -> assertEquals(
                components(nestedRecord(type, def.getKey())), propertyNames(def.getValue()),
                type.ceType() + " $defs/" + def.getKey()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void every_schema_property_is_described(EventType type) {
        JsonNode schema = Contract.schemaJson(type);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertTrue(schema.path("description").isTextual(), type.ceType() + " has no description");
        for (JsonNode properties : schema.findValues("properties")) {
            properties.fields().forEachRemaining(property -> assertTrue(
                    property.getValue().path("description").isTextual(),
                    type.ceType() + ": property " + property.getKey() + " has no description"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void shared_definitions_are_identical_in_every_schema(EventType type) {
        JsonNode defs = Contract.schemaJson(type).path("$defs");
        defs.fields().forEachRemaining(def -> {
            JsonNode first = FIRST_DEFINITION.computeIfAbsent(def.getKey(), name -> def.getValue());
            assertEquals(first, def.getValue(), type.ceType() + ": $defs/" + def.getKey() + " differs elsewhere");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#types")
    void schema_rejects_an_email_address_where_a_recipient_ref_belongs(EventType type) {
        ObjectNode payload = Contract.pinned(type).deepCopy();
        if (payload.has("recipientRef")) {
            payload.put("recipientRef", "ada.lovelace@example.org");
        } else if (payload.has("recipientRefs")) {
            payload.putArray("recipientRefs").add("ada.lovelace@example.org");
        } else {
            return;
        }
        assertFalse(Contract.schema(type).validate(payload).isEmpty(), type.ceType());
    }

    private static final Map<String, JsonNode> FIRST_DEFINITION = new HashMap<>();

    private static Set<String> components(Class<?> record) {
        assertTrue(record.isRecord(), record + " is not a record");
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Class<?> nestedRecord(EventType type, String name) {
        try {
            return Class.forName("org.credstack.events." + type.service().id() + "." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("$defs/" + name + " of " + type.ceType() + " has no record of that name", e);
        }
    }
}
