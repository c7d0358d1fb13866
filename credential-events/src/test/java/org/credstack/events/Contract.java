package org.credstack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test access to the contract files: pinned examples and JSON Schemas, both on the classpath. */
public final class Contract {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private Contract() {
    }

    public static String pinnedResource(EventType type) {
        return "pinned/" + type.service().id() + "/" + type.name() + ".v" + type.version() + ".json";
    }

    public static JsonNode pinned(EventType type) {
        return read(pinnedResource(type));
    }

    public static JsonNode schemaJson(EventType type) {
        return read(type.schemaResource());
    }

    public static JsonSchema schema(EventType type) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:" + type.schemaResource()), CONFIG);
    }

    /** The event as it goes on the wire, read back as a tree. */
    public static JsonNode wireForm(ContractEvent event) {
        try {
            return EventJson.mapper().readTree(EventJson.mapper().writeValueAsBytes(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the event serializes to its pinned JSON, compared structurally (property order aside). */
    public static void assertPinned(ContractEvent event) {
        assertPinned(event, pinnedResource(EventCatalog.byJavaType(event.getClass()).orElseThrow()));
    }

    /** The same against a further pinned example of the type (a variant such as an award's credential). */
    public static void assertPinned(ContractEvent event, String resource) {
        EventType type = EventCatalog.byJavaType(event.getClass()).orElseThrow();
        JsonNode expected = read(resource);
        JsonNode actual = wireForm(event);
        assertEquals(expected, actual, () -> "serialized form of " + type.ceType() + " changed; within a version only"
                + " additive changes are allowed.\nexpected: " + expected.toPrettyString()
                + "\nactual:   " + actual.toPrettyString());
    }

    public static JsonNode read(String resource) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
