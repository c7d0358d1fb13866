package org.credstack.vc.multiformats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.junit.jupiter.api.Test;

class MultiformatsTest {

    @Test
    void base58BtcKnownValues() {
        assertEquals("2NEpo7TZRRrLZSi2U", Base58Btc.encode("Hello World!".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("1112", Base58Btc.encode(new byte[] {0, 0, 0, 1}));
        assertEquals("", Base58Btc.encode(new byte[0]));
        assertArrayEquals(new byte[] {0, 0, 0, 1}, Base58Btc.decode("1112"));
        assertThrows(IllegalArgumentException.class, () -> Base58Btc.decode("0OIl"));
    }

    @Test
    void base58BtcRoundTrips() {
        Random random = new Random(42);
        for (int length = 0; length < 80; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            if (length > 2) {
                data[0] = 0;
            }
            assertArrayEquals(data, Base58Btc.decode(Base58Btc.encode(data)));
        }
    }

    @Test
    void base58BtcEncodingEqualsItsDefinitionAsABigNumber() {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[random.nextInt(100)];
            random.nextBytes(data);
            for (int z = random.nextInt(4); z > 0 && z <= data.length; z--) {
                data[z - 1] = 0;
            }
            StringBuilder expected = new StringBuilder();
            for (BigInteger n = new BigInteger(1, data); n.signum() > 0; n = n.divide(BigInteger.valueOf(58))) {
                expected.insert(0, alphabet.charAt(n.mod(BigInteger.valueOf(58)).intValue()));
            }
            for (int z = 0; z < data.length && data[z] == 0; z++) {
                expected.insert(0, '1');
            }
            assertEquals(expected.toString(), Base58Btc.encode(data));
        }
    }

    @Test
    void multibaseRoundTripsBothEncodings() {
        byte[] data = {0, 1, 2, (byte) 0xfb, (byte) 0xff};
        assertEquals('z', Multibase.encodeBase58Btc(data).charAt(0));
        assertArrayEquals(data, Multibase.decode(Multibase.encodeBase58Btc(data)));
        assertEquals("uAAEC-_8", Multibase.encodeBase64Url(data));
        assertArrayEquals(data, Multibase.decode("uAAEC-_8"));
        assertThrows(IllegalArgumentException.class, () -> Multibase.decode("mAAEC+/8"));
        assertThrows(IllegalArgumentException.class, () -> Multibase.decode("uAAEC-_8=", 'u'));
        assertThrows(IllegalArgumentException.class, () -> Multibase.decode("uAAEC-_8", 'z'));
    }

    @Test
    void multikeyOfTheW3cKeyPair() {
        Ed25519PrivateKey privateKey = Multikey.decodePrivateKey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
        Ed25519PublicKey publicKey = Multikey.decodePublicKey("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        assertEquals(publicKey, privateKey.publicKey());
        assertEquals("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", Multikey.encode(publicKey));
        assertEquals("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq", Multikey.encode(privateKey));
        byte[] raw = Multibase.decode(Multikey.encode(publicKey));
        assertEquals((byte) 0xed, raw[0]);
        assertEquals((byte) 0x01, raw[1]);
        raw = Multibase.decode(Multikey.encode(privateKey));
        assertEquals((byte) 0x80, raw[0]);
        assertEquals((byte) 0x26, raw[1]);
    }

    @Test
    void multikeyRoundTripsGeneratedKeys() {
        for (int i = 0; i < 20; i++) {
            Ed25519PrivateKey key = Ed25519PrivateKey.generate();
            String publicMultikey = Multikey.encode(key.publicKey());
            assertEquals("z6Mk", publicMultikey.substring(0, 4));
            assertEquals(key.publicKey(), Multikey.decodePublicKey(publicMultikey));
            assertArrayEquals(key.seed(), Multikey.decodePrivateKey(Multikey.encode(key)).seed());
        }
    }

    @Test
    void multikeyRejectsOtherCodecs() {
        String publicKey = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodePrivateKey(publicKey));
        assertThrows(IllegalArgumentException.class,
                () -> Multikey.decodePublicKey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"));
        // a P-256 key (did:key zDn...): prefix 0x1200, not Ed25519
        assertThrows(IllegalArgumentException.class,
                () -> Multikey.decodePublicKey("zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76"));
    }

    @Test
    void ed25519SignAndVerify() {
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        byte[] message = "credstack".getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.sign(message);
        assertEquals(true, key.publicKey().verify(message, signature));
        message[0] ^= 1;
        assertEquals(false, key.publicKey().verify(message, signature));
        assertEquals(false, key.publicKey().verify(message, new byte[10]));
    }
}
