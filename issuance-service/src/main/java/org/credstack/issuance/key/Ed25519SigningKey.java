package org.credstack.issuance.key;

import org.credstack.vc.crypto.Ed25519PrivateKey;

/**
 * An issuer's active Ed25519 key, ready to sign: {@code verificationMethod} is the DID URL that proofs name.
 * {@link #toString()} shows only the id.
 */
public record Ed25519SigningKey(String verificationMethod, Ed25519PrivateKey privateKey) {

    @Override
    public String toString() {
        return "Ed25519SigningKey[" + verificationMethod + "]";
    }
}
