package org.credstack.issuance.key;

/** The algorithm of a stored key; the name is what the {@code issuer_key.algorithm} column holds. */
public enum KeyAlgorithm {
    /** eddsa-rdfc-2022 Data Integrity proofs and EdDSA JWTs; {@code <did>#key-<n>}, a Multikey. */
    Ed25519("key"),
    /** RS256 VC-JWTs (required by Open Badges 3.0); {@code <did>#rsa-<n>}, a JsonWebKey. */
    RSA("rsa");

    private final String fragmentPrefix;

    KeyAlgorithm(String fragmentPrefix) {
        this.fragmentPrefix = fragmentPrefix;
    }

    /** The key's DID URL: {@code <did>#key-<n>} or {@code <did>#rsa-<n>}. */
    public String keyId(String did, int number) {
        return did + "#" + fragmentPrefix + "-" + number;
    }
}
