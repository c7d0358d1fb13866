package org.credstack.vc.multiformats;

import java.util.Arrays;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.crypto.Ed25519PublicKey;

/**
 * Multikey encoding of Ed25519 keys: base58btc multibase of the multicodec varint prefix and the raw 32 bytes,
 * ed25519-pub 0xed (varint {@code 0xed 0x01}) and ed25519-priv 0x1300 (varint {@code 0x80 0x26}).
 */
public final class Multikey {

    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};

    private Multikey() {
    }

    public static String encode(Ed25519PublicKey key) {
        return Multibase.encodeBase58Btc(concat(ED25519_PUB, key.bytes()));
    }

    public static String encode(Ed25519PrivateKey key) {
        return Multibase.encodeBase58Btc(concat(ED25519_PRIV, key.seed()));
    }

    /** @throws IllegalArgumentException when the value is not a base58btc ed25519-pub Multikey of 32 bytes */
    public static Ed25519PublicKey decodePublicKey(String publicKeyMultibase) {
        return Ed25519PublicKey.of(strip(publicKeyMultibase, ED25519_PUB, "ed25519-pub (0xed01)"));
    }

    /** @throws IllegalArgumentException when the value is not a base58btc ed25519-priv Multikey of 32 bytes */
    public static Ed25519PrivateKey decodePrivateKey(String secretKeyMultibase) {
        return Ed25519PrivateKey.of(strip(secretKeyMultibase, ED25519_PRIV, "ed25519-priv (0x8026)"));
    }

    private static byte[] strip(String multibase, byte[] prefix, String what) {
        byte[] raw = Multibase.decode(multibase, Multibase.BASE58BTC);
        if (raw.length != prefix.length + 32 || raw[0] != prefix[0] || raw[1] != prefix[1]) {
            throw new IllegalArgumentException("Not an " + what + " Multikey of 32 bytes: " + multibase);
        }
        return Arrays.copyOfRange(raw, prefix.length, raw.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
