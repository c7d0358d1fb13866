package org.credstack.events.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A public key of an issuer as its DID document lists it. Exactly one of {@code publicKeyMultibase} (for
 * {@code Multikey}) and {@code publicJwk} (for {@code JsonWebKey}) is set. Private keys never appear in events.
 *
 * @param keyId              the verification method's DID URL, for example {@code did:web:example.org#key-1}
 * @param type               the verification method type: {@code Multikey} or {@code JsonWebKey}
 * @param publicKeyMultibase the Ed25519 public key, multibase-encoded, for {@code Multikey}
 * @param publicJwk          the public JWK (for example RSA for RS256 VC-JWTs), for {@code JsonWebKey}
 * @param purpose            the verification relationship in the DID document, for example {@code assertionMethod}
 */
public record IssuerKey(String keyId, String type, String publicKeyMultibase, ObjectNode publicJwk, String purpose) {

    public IssuerKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        if ((publicKeyMultibase == null) == (publicJwk == null)) {
            throw new IllegalArgumentException("exactly one of publicKeyMultibase and publicJwk must be set: " + keyId);
        }
        publicJwk = publicJwk == null ? null : publicJwk.deepCopy();
    }
}
