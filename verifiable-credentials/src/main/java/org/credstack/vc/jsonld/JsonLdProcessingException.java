package org.credstack.vc.jsonld;

/** JSON-LD processing failed (invalid JSON-LD, a context that is not bundled, a safe-mode violation). */
public class JsonLdProcessingException extends RuntimeException {

    public JsonLdProcessingException(String message) {
        super(message);
    }

    public JsonLdProcessingException(String message, Throwable cause) {
        super(message, cause);
    }
}
