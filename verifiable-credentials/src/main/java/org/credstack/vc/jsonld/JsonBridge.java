package org.credstack.vc.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * Conversion between Jackson (the project's JSON library, used at this library's API boundary) and Jakarta JSON-P
 * (what titanium works on). Goes through JSON text, so numbers keep their exact decimal form.
 */
public final class JsonBridge {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Looked up once: every static {@code jakarta.json.Json} call looks it up again (a ServiceLoader scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBridge() {
    }

    public static JsonObject toJakarta(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("A JSON-LD document must be a JSON object");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(MAPPER.writeValueAsString(node)))) {
            return reader.readObject();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode toJackson(JsonObject object) {
        try {
            return (ObjectNode) MAPPER.readTree(object.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot parse JSON produced by JSON-P", e);
        }
    }

    /** The JSON-P provider, for building values without a provider lookup per call. */
    public static JsonProvider json() {
        return JSON;
    }

    /** Parses JSON text into a Jakarta JSON object. */
    public static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
