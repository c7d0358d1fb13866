package org.credstack.vc.did;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.jwt.Jwk;
import org.credstack.vc.jwt.JwtPublicKey;
import org.credstack.vc.multiformats.Multikey;

/**
 * Dereferencing a DID URL ({@code did#fragment}) in a resolved DID document: finding the verification method,
 * checking that it is authorized for a verification relationship (e.g. {@code assertionMethod}) and that its
 * controller is the DID, and reading its key: {@code Multikey} / {@code Ed25519VerificationKey2020}
 * ({@code publicKeyMultibase}, Ed25519) and {@code JsonWebKey} / {@code JsonWebKey2020} ({@code publicKeyJwk}: RSA,
 * EC P-256, OKP Ed25519).
 */
public final class DidDocuments {

    private static final List<String> MULTIBASE_TYPES = List.of("Multikey", "Ed25519VerificationKey2020");
    private static final List<String> JWK_TYPES = List.of("JsonWebKey", "JsonWebKey2020");

    private DidDocuments() {
    }

    /**
     * The verification method a DID URL names, if the document lists it (by reference or embedded) under
     * {@code purpose}. @throws KeyResolutionException naming what is missing
     */
    public static ObjectNode verificationMethod(JsonNode document, String didUrl, String purpose)
            throws KeyResolutionException {
        int hash = didUrl == null ? -1 : didUrl.indexOf('#');
        if (hash <= 0 || hash == didUrl.length() - 1) {
            throw new KeyResolutionException("A verification method URL needs a DID and a fragment: " + didUrl);
        }
        String did = didUrl.substring(0, hash);
        if (document == null || !did.equals(text(document.get("id")))) {
            throw new KeyResolutionException("The DID document's id " + (document == null ? null : document.get("id"))
                    + " is not " + did);
        }
        ObjectNode method = null;
        JsonNode methods = document.get("verificationMethod");
        for (JsonNode m : list(methods)) {
            if (m.isObject() && didUrl.equals(absolute(did, text(m.get("id"))))) {
                method = (ObjectNode) m;
                break;
            }
        }
        boolean authorized = false;
        for (JsonNode entry : list(document.get(purpose))) {
            if (entry.isTextual() && didUrl.equals(absolute(did, entry.asText()))) {
                authorized = true;
            } else if (entry.isObject() && didUrl.equals(absolute(did, text(entry.get("id"))))) {
                authorized = true;
                method = (ObjectNode) entry;
            }
        }
        if (method == null) {
            throw new KeyResolutionException("The DID document of " + did + " has no verification method " + didUrl);
        }
        if (!authorized) {
            throw new KeyResolutionException("The verification method " + didUrl + " is not listed in " + purpose
                    + " of " + did);
        }
        String controller = text(method.get("controller"));
        if (controller != null && !controller.equals(did)) {
            throw new KeyResolutionException("The verification method " + didUrl + " is controlled by " + controller
                    + ", not by " + did);
        }
        return method;
    }

    /** The key of a verification method, for VC-JWT. @throws KeyResolutionException for unsupported types or bad keys */
    public static JwtPublicKey jwtPublicKey(JsonNode method) throws KeyResolutionException {
        String type = text(method.get("type"));
        String id = text(method.get("id"));
        try {
            if (MULTIBASE_TYPES.contains(type)) {
                String multibase = text(method.get("publicKeyMultibase"));
                if (multibase == null) {
                    throw new KeyResolutionException(type + " " + id + " has no publicKeyMultibase");
                }
                return JwtPublicKey.of(Multikey.decodePublicKey(multibase));
            }
            if (JWK_TYPES.contains(type)) {
                return Jwk.toPublicKey(method.get("publicKeyJwk"));
            }
        } catch (IllegalArgumentException e) {
            throw new KeyResolutionException("Unusable key in " + id + ": " + e.getMessage(), e);
        }
        throw new KeyResolutionException("Unsupported verification method type " + type + " (" + id
                + "): Multikey, Ed25519VerificationKey2020, JsonWebKey or JsonWebKey2020");
    }

    /** The Ed25519 key of a verification method (for Data Integrity). @throws KeyResolutionException otherwise */
    public static Ed25519PublicKey ed25519PublicKey(JsonNode method) throws KeyResolutionException {
        JwtPublicKey key = jwtPublicKey(method);
        return key.ed25519().orElseThrow(() -> new KeyResolutionException("The verification method "
                + text(method.get("id")) + " is an " + key.description() + " key, not Ed25519"));
    }

    private static String absolute(String did, String id) {
        if (id == null) {
            return null;
        }
        return id.startsWith("#") ? did + id : id;
    }

    private static Iterable<JsonNode> list(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        return node.isArray() ? node : List.of(node);
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
