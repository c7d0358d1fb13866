package org.credstack.vc.crypto;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 private key: the 32-byte seed of RFC 8032, with its public key derived once. {@link #toString()} never
 * shows the seed.
 */
public final class Ed25519PrivateKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] seed;
    private final byte[] publicKey;

    private Ed25519PrivateKey(byte[] seed) {
        this.seed = seed;
        this.publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
    }

    /** @throws IllegalArgumentException if the seed is not 32 bytes */
    public static Ed25519PrivateKey of(byte[] seed) {
        if (seed == null || seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 private key (seed) has 32 bytes");
        }
        return new Ed25519PrivateKey(seed.clone());
    }

    public static Ed25519PrivateKey generate() {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        RANDOM.nextBytes(seed);
        return new Ed25519PrivateKey(seed);
    }

    public byte[] seed() {
        return seed.clone();
    }

    public Ed25519PublicKey publicKey() {
        return Ed25519PublicKey.of(publicKey);
    }

    /** Pure Ed25519 (no pre-hash, no context): a 64-byte signature. */
    public byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public String toString() {
        return "Ed25519PrivateKey[public=" + publicKey() + "]";
    }
}
