package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The issuing institution as an OB 3.0 {@code Profile}.
 *
 * @param id          the issuer's DID (e.g. {@code did:web:credstack.example:issuers:5b1d0c7e}); the status list
 *                    credentials have the same issuer
 * @param name        display name
 * @param url         the institution's home page (https)
 * @param email       optional institutional contact address (never a learner's)
 * @param description optional
 * @param image       optional logo
 */
public record IssuerProfile(String id, String name, String url, String email, String description, Image image) {

    public IssuerProfile {
        Identifiers.requireDid("issuer.id", id);
        Identifiers.requireText("issuer.name", name);
        Identifiers.requireAbsoluteUri("issuer.url", url);
        Identifiers.optionalText("issuer.email", email);
        if (email != null && !email.contains("@")) {
            throw new IllegalArgumentException("issuer.email is not an e-mail address: " + email);
        }
        Identifiers.optionalText("issuer.description", description);
    }

    public static IssuerProfile of(String id, String name, String url) {
        return new IssuerProfile(id, name, url, null, null, null);
    }

    /** {@code {id, type ["Profile"], name, url, email?, description?, image?}}. */
    public ObjectNode toJson() {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.put("id", id);
        profile.putArray("type").add("Profile");
        profile.put("name", name);
        profile.put("url", url);
        if (email != null) {
            profile.put("email", email);
        }
        if (description != null) {
            profile.put("description", description);
        }
        if (image != null) {
            profile.set("image", image.toJson());
        }
        return profile;
    }
}
