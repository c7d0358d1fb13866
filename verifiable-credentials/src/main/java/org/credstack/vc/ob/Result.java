package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OB 3.0 {@code Result} of the subject: {@code {type ["Result"], resultDescription, value}}.
 *
 * @param resultDescription the {@link ResultDescription#id()} of the achievement this result answers
 * @param value             the value achieved (e.g. a grade)
 */
public record Result(String resultDescription, String value) {

    public Result {
        Identifiers.requireAbsoluteUri("result.resultDescription", resultDescription);
        Identifiers.requireText("result.value", value);
    }

    ObjectNode toJson() {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putArray("type").add("Result");
        result.put("resultDescription", resultDescription);
        result.put("value", value);
        return result;
    }
}
