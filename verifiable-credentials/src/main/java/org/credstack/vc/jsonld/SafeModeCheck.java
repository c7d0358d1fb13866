package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.uri.UriUtils;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * The part of safe mode that titanium's undefined-terms policy does not cover: in expanded JSON-LD, a type, datatype,
 * id or property that is not an absolute IRI (nor a blank node identifier where allowed) is dropped by toRdf.
 */
final class SafeModeCheck {

    private SafeModeCheck() {
    }

    static void check(JsonValue expanded) {
        if (expanded instanceof JsonArray) {
            for (JsonValue item : (JsonArray) expanded) {
                check(item);
            }
        } else if (expanded instanceof JsonObject) {
            checkObject((JsonObject) expanded);
        }
    }

    private static void checkObject(JsonObject object) {
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if ("@type".equals(key)) {
                checkTypes(value, valueObject);
            } else if ("@id".equals(key)) {
                if (value instanceof JsonString && !isIriOrBlank(((JsonString) value).getString())) {
                    throw new UndefinedTermException(((JsonString) value).getString(),
                            "an id must be an absolute IRI or a blank node");
                }
            } else if ("@value".equals(key)) {
                continue;
            } else if (!key.startsWith("@") && !isAbsoluteIri(key)) {
                throw new UndefinedTermException(key, "the property does not expand to an absolute IRI");
            } else {
                check(value);
            }
        }
    }

    private static void checkTypes(JsonValue value, boolean datatype) {
        if (value instanceof JsonArray) {
            for (JsonValue item : (JsonArray) value) {
                checkTypes(item, datatype);
            }
        } else if (value instanceof JsonString) {
            String type = ((JsonString) value).getString();
            boolean ok = datatype ? "@json".equals(type) || isAbsoluteIri(type) : isIriOrBlank(type);
            if (!ok) {
                throw new UndefinedTermException(type, datatype ? "no JSON-LD context defines this datatype"
                        : "no JSON-LD context defines this type");
            }
        }
    }

    private static boolean isIriOrBlank(String value) {
        return value.startsWith("_:") || isAbsoluteIri(value);
    }

    /**
     * An absolute IRI has a scheme: a letter, then letters, digits, '+', '-' or '.', then ':'. It must also pass
     * titanium's own check (a {@link java.net.URI} parse), or toRdf silently drops the triple: e.g. a term that a
     * vocabulary mapping expands to an IRI with a space, or an id with a space.
     */
    static boolean isAbsoluteIri(String value) {
        return hasScheme(value) && UriUtils.isAbsoluteUri(value, JsonLdOptions.DEFAULT_URI_VALIDATION);
    }

    private static boolean hasScheme(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || value.startsWith("_:")) {
            return false;
        }
        if (!Character.isLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Titanium reports the undefined term inside its message; take the bracketed or last token. */
    static String termFromMessage(String message) {
        if (message == null || message.isBlank()) {
            return "?";
        }
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        if (open >= 0 && close > open) {
            return message.substring(open + 1, close);
        }
        String[] tokens = message.trim().split("\\s+");
        return tokens[tokens.length - 1].replaceAll("^['\"]|['\".]+$", "");
    }
}
