package org.credstack.vc.jwt;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA signature formats: JOSE (RFC 7518 3.4) uses the fixed-size concatenation {@code r || s} (64 bytes for
 * ES256), the JDK's {@code SHA256withECDSA} the ASN.1 DER {@code SEQUENCE { INTEGER r, INTEGER s }}.
 */
public final class EcdsaSignatures {

    private EcdsaSignatures() {
    }

    /** JOSE {@code r || s} to DER. @throws IllegalArgumentException if the length is odd or zero */
    public static byte[] joseToDer(byte[] jose) {
        if (jose == null || jose.length == 0 || jose.length % 2 != 0) {
            throw new IllegalArgumentException("A JOSE ECDSA signature is r || s of equal length");
        }
        int half = jose.length / 2;
        byte[] r = new BigInteger(1, Arrays.copyOfRange(jose, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(jose, half, jose.length)).toByteArray();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeTlv(body, 0x02, r);
        writeTlv(body, 0x02, s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTlv(out, 0x30, body.toByteArray());
        return out.toByteArray();
    }

    /**
     * DER to JOSE {@code r || s}, each integer left-padded to {@code size} bytes (32 for P-256).
     *
     * @throws IllegalArgumentException on malformed DER or an integer longer than {@code size}
     */
    public static byte[] derToJose(byte[] der, int size) {
        int[] pos = {0};
        if (der == null || der.length < 8 || der[0] != 0x30) {
            throw new IllegalArgumentException("Not a DER ECDSA signature (no SEQUENCE)");
        }
        pos[0] = 1;
        int seqLength = readLength(der, pos);
        if (pos[0] + seqLength != der.length) {
            throw new IllegalArgumentException("Not a DER ECDSA signature (bad SEQUENCE length)");
        }
        byte[] out = new byte[2 * size];
        for (int i = 0; i < 2; i++) {
            if (pos[0] >= der.length || der[pos[0]] != 0x02) {
                throw new IllegalArgumentException("Not a DER ECDSA signature (no INTEGER)");
            }
            pos[0]++;
            int length = readLength(der, pos);
            if (length == 0 || pos[0] + length > der.length) {
                throw new IllegalArgumentException("Not a DER ECDSA signature (bad INTEGER length)");
            }
            BigInteger value = new BigInteger(1, Arrays.copyOfRange(der, pos[0], pos[0] + length));
            pos[0] += length;
            byte[] unsigned = value.toByteArray();
            int skip = unsigned.length > 1 && unsigned[0] == 0 ? 1 : 0;
            int n = unsigned.length - skip;
            if (n > size) {
                throw new IllegalArgumentException("ECDSA integer longer than " + size + " bytes");
            }
            System.arraycopy(unsigned, skip, out, i * size + size - n, n);
        }
        if (pos[0] != der.length) {
            throw new IllegalArgumentException("Not a DER ECDSA signature (trailing bytes)");
        }
        return out;
    }

    private static int readLength(byte[] der, int[] pos) {
        if (pos[0] >= der.length) {
            throw new IllegalArgumentException("Truncated DER");
        }
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 2 || pos[0] + count > der.length) {
            throw new IllegalArgumentException("Unsupported DER length");
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[pos[0]++] & 0xff);
        }
        return length;
    }

    private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else if (value.length < 0x100) {
            out.write(0x81);
            out.write(value.length);
        } else {
            out.write(0x82);
            out.write(value.length >> 8);
            out.write(value.length & 0xff);
        }
        out.writeBytes(value);
    }
}
