package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the identifiers of a credential that has not been validated yet. */
final class Credentials {

    private Credentials() {
    }

    /** The issuer's id: {@code issuer} as a string, or {@code issuer.id}; {@code null} when neither is a string. */
    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential == null ? null : credential.get("issuer");
        if (issuer == null) {
            return null;
        }
        JsonNode id = issuer.isObject() ? issuer.get("id") : issuer;
        return id != null && id.isTextual() ? id.asText() : null;
    }

    static String id(JsonNode credential) {
        JsonNode id = credential == null ? null : credential.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }
}
