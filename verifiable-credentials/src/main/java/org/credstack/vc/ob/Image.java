package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OB 3.0 {@code Image}: {@code {id, type "Image", caption?}}.
 *
 * @param id      the image's URL or data URI
 * @param caption optional
 */
public record Image(String id, String caption) {

    public Image {
        Identifiers.requireAbsoluteUri("image.id", id);
        Identifiers.optionalText("image.caption", caption);
    }

    public static Image of(String id) {
        return new Image(id, null);
    }

    ObjectNode toJson() {
        ObjectNode image = JsonNodeFactory.instance.objectNode();
        image.put("id", id);
        image.put("type", "Image");
        if (caption != null) {
            image.put("caption", caption);
        }
        return image;
    }
}
