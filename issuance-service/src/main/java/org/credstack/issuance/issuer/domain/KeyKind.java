package org.credstack.issuance.issuer.domain;

import org.credstack.events.issuance.IssuerKey;

/**
 * The kinds of signing key an issuer holds, one active key of each: Ed25519 as a Multikey (eddsa-rdfc-2022 proofs,
 * EdDSA JWTs) and RSA as a JsonWebKey (RS256 VC-JWTs, which Open Badges 3.0 requires).
 */
public enum KeyKind {
    ED25519, RSA;

    /** The kind of a public key, or null for a key credstack does not sign with. */
    public static KeyKind of(IssuerKey key) {
        if ("Multikey".equals(key.type()) && key.publicKeyMultibase() != null
                && key.publicKeyMultibase().startsWith("z6Mk")) {
            return ED25519;
        }
        if ("JsonWebKey".equals(key.type()) && key.publicJwk() != null
                && "RSA".equals(key.publicJwk().path("kty").asText())) {
            return RSA;
        }
        return null;
    }
}
