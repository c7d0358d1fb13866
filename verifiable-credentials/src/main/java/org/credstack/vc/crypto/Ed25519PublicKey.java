package org.credstack.vc.crypto;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 public key (32 bytes, RFC 8032), with signature verification through BouncyCastle's low-level API. */
public final class Ed25519PublicKey {

    private final byte[] bytes;

    private Ed25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @throws IllegalArgumentException if not 32 bytes or not a valid curve point */
    public static Ed25519PublicKey of(byte[] bytes) {
        if (bytes == null || bytes.length != Ed25519.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 public key has 32 bytes");
        }
        if (!Ed25519.validatePublicKeyPartial(bytes, 0)) {
            throw new IllegalArgumentException("Not a valid Ed25519 public key point");
        }
        return new Ed25519PublicKey(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Verifies a pure Ed25519 signature (64 bytes) over the message; false on a malformed signature. */
    public boolean verify(byte[] message, byte[] signature) {
        if (signature == null || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        return Ed25519.verify(signature, 0, bytes, 0, message, 0, message.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey && Arrays.equals(bytes, ((Ed25519PublicKey) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + org.credstack.vc.multiformats.Multikey.encode(this) + "]";
    }
}
