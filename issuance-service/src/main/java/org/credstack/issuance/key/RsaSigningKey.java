package org.credstack.issuance.key;

import java.security.PrivateKey;

/** An issuer's active RSA key for RS256 JWTs; {@code kid} is its DID URL. {@link #toString()} shows only the id. */
public record RsaSigningKey(String kid, PrivateKey privateKey) {

    @Override
    public String toString() {
        return "RsaSigningKey[" + kid + "]";
    }
}
