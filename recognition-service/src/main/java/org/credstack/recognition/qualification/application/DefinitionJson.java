package org.credstack.recognition.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.credstack.events.EventJson;
import org.credstack.recognition.qualification.domain.QualificationDefinition;

/**
 * A qualification version's definition as JSON, stored with each version and returned by the API: the shape the API
 * takes, with absent optional parts left out and credits as written (the events' mapping).
 */
public final class DefinitionJson {

    private DefinitionJson() {
    }

    public static String write(QualificationDefinition definition) {
        try {
            return EventJson.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A definition that cannot be written as JSON", e);
        }
    }

    public static QualificationDefinition read(String json) {
        try {
            return EventJson.mapper().readValue(json, QualificationDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored definition that cannot be read", e);
        }
    }

    public static JsonNode tree(QualificationDefinition definition) {
        return EventJson.mapper().valueToTree(definition);
    }
}
