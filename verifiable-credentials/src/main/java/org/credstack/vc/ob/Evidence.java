package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OB 3.0 {@code Evidence} entry of a credential: {@code {id?, type ["Evidence"], name?, description?,
 * narrative?}}. Every term is defined by the bundled contexts (the {@code evidence} property by VC 2.0, the
 * {@code Evidence} type and {@code narrative} by OB 3.0, {@code name} and {@code description} by both), so signing in
 * safe mode accepts it.
 *
 * @param id          optional: what the evidence is, as an absolute URI (a URL, or {@code urn:uuid:} of a credential)
 * @param name        optional title
 * @param description optional
 * @param narrative   optional Markdown: how the evidence led to the achievement
 */
public record Evidence(String id, String name, String description, String narrative) {

    public Evidence {
        Identifiers.optionalAbsoluteUri("evidence.id", id);
        Identifiers.optionalText("evidence.name", name);
        Identifiers.optionalText("evidence.description", description);
        Identifiers.optionalText("evidence.narrative", narrative);
    }

    ObjectNode toJson() {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        if (id != null) {
            evidence.put("id", id);
        }
        evidence.putArray("type").add("Evidence");
        if (name != null) {
            evidence.put("name", name);
        }
        if (description != null) {
            evidence.put("description", description);
        }
        if (narrative != null) {
            evidence.put("narrative", narrative);
        }
        return evidence;
    }
}
