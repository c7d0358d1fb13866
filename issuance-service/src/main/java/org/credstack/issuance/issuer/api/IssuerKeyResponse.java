package org.credstack.issuance.issuer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.credstack.issuance.key.PublicIssuerKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A public key of the issuer (never a private part)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssuerKeyResponse(
        @Schema(description = "The verification method's DID URL",
                example = "did:web:localhost%3A8081:issuers:demo#key-1") String id,
        @Schema(description = "Multikey (Ed25519) or JsonWebKey (RSA)") String type,
        @Schema(description = "Ed25519 or RSA") String algorithm,
        @Schema(description = "ACTIVE keys sign; RETIRED keys only verify what they signed") String status,
        Instant createdAt,
        Instant retiredAt,
        @Schema(description = "For Multikey") String publicKeyMultibase,
        @Schema(description = "For JsonWebKey: kty, n, e, alg RS256, kid") ObjectNode publicKeyJwk) {

    static IssuerKeyResponse of(PublicIssuerKey key) {
        return new IssuerKeyResponse(key.publicKey().keyId(), key.publicKey().type(), key.algorithm().name(),
                key.status().name(), key.createdAt(), key.retiredAt(), key.publicKey().publicKeyMultibase(),
                key.publicKey().publicJwk());
    }
}
