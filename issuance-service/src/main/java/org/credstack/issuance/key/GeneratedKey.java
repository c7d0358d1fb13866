package org.credstack.issuance.key;

import org.credstack.events.issuance.IssuerKey;

/**
 * A freshly generated key: its public form (as events and the DID document carry it) and its private encoding
 * (the Ed25519 seed, or PKCS#8 for RSA), which only {@link IssuerKeyStore} sees, to seal it.
 */
public record GeneratedKey(KeyAlgorithm algorithm, int number, IssuerKey publicKey, byte[] privateKey) {

    public String keyId() {
        return publicKey.keyId();
    }

    @Override
    public String toString() {
        return "GeneratedKey[" + publicKey.keyId() + "]";
    }
}
