package org.credstack.recognition.qualification.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The rules as {@code QualificationPublished.rules} carries them: the record's own fields, as the REST layer takes
 * them. Absent optional parts are left out rather than written as {@code null}; credits keep their spelling (the
 * default node factory would turn 10 into 1E+1).
 */
final class RulesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private RulesJson() {
    }

    static JsonNode toJson(QualificationRules rules) {
        return MAPPER.valueToTree(rules);
    }
}
