package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The quality assurance behind an achievement (credstack term {@code qualityAssurance}, type
 * {@code QualityAssurance}; EU Council Recommendation on micro-credentials).
 *
 * @param id          optional URL of the accreditation or QA decision
 * @param name        the quality-assurance or accreditation body
 * @param description optional
 */
public record QualityAssurance(String id, String name, String description) {

    public QualityAssurance {
        Identifiers.optionalAbsoluteUri("qualityAssurance.id", id);
        Identifiers.requireText("qualityAssurance.name", name);
        Identifiers.optionalText("qualityAssurance.description", description);
    }

    ObjectNode toJson() {
        ObjectNode qa = JsonNodeFactory.instance.objectNode();
        if (id != null) {
            qa.put("id", id);
        }
        qa.put("type", "QualityAssurance");
        qa.put("name", name);
        if (description != null) {
            qa.put("description", description);
        }
        return qa;
    }
}
