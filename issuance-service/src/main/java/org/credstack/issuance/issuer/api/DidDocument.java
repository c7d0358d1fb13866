package org.credstack.issuance.issuer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.credstack.issuance.key.PublicIssuerKey;

/**
 * A W3C DID document (DID Core 1.0) for an issuer's did:web. Every key, active or retired, is a verification method
 * and in {@code assertionMethod}: a retired key no longer signs, but what it signed must still verify.
 */
@JsonPropertyOrder({"@context", "id", "verificationMethod", "assertionMethod"})
public record DidDocument(@JsonProperty("@context") List<String> context, String id,
                          List<VerificationMethod> verificationMethod, List<String> assertionMethod) {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/multikey/v1", "https://w3id.org/security/suites/jws-2020/v1");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "type", "controller", "publicKeyMultibase", "publicKeyJwk"})
    public record VerificationMethod(String id, String type, String controller, String publicKeyMultibase,
                                     ObjectNode publicKeyJwk) {
    }

    static DidDocument of(String did, List<PublicIssuerKey> keys) {
        List<VerificationMethod> methods = keys.stream().map(PublicIssuerKey::publicKey)
                .map(k -> new VerificationMethod(k.keyId(), k.type(), did, k.publicKeyMultibase(), k.publicJwk()))
                .toList();
        return new DidDocument(CONTEXT, did, methods, methods.stream().map(VerificationMethod::id).toList());
    }
}
