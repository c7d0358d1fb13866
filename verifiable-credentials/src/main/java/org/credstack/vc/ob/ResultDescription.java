package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An OB 3.0 {@code ResultDescription} of an achievement: a result its credentials may carry.
 *
 * @param id           required URI (results point at it)
 * @param name         required
 * @param resultType   OB's ResultType (e.g. {@code LetterGrade}, {@code Percent}, {@code Status}) or ext:name
 * @param allowedValue optional ordered list, low to high
 */
public record ResultDescription(String id, String name, String resultType, List<String> allowedValue) {

    private static final String RESULT_TYPE = "GradePointAverage|LetterGrade|Percent|PerformanceLevel"
            + "|PredictedScore|RawScore|Result|RubricCriterion|RubricCriterionLevel|RubricScore|ScaledScore|Status"
            + "|ext:[A-Za-z0-9.\\-_]+";

    public ResultDescription {
        Identifiers.requireAbsoluteUri("resultDescription.id", id);
        Identifiers.requireText("resultDescription.name", name);
        Identifiers.requireText("resultDescription.resultType", resultType);
        if (!resultType.matches(RESULT_TYPE)) {
            throw new IllegalArgumentException("resultDescription.resultType must be one of OB's ResultType values"
                    + " or ext:<name>: " + resultType);
        }
        allowedValue = allowedValue == null ? List.of() : List.copyOf(allowedValue);
    }

    ObjectNode toJson() {
        ObjectNode description = JsonNodeFactory.instance.objectNode();
        description.put("id", id);
        description.putArray("type").add("ResultDescription");
        description.put("name", name);
        description.put("resultType", resultType);
        if (!allowedValue.isEmpty()) {
            ArrayNode values = description.putArray("allowedValue");
            allowedValue.forEach(values::add);
        }
        return description;
    }
}
