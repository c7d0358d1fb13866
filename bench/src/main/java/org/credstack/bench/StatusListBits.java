package org.credstack.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * Reads a W3C Bitstring Status List's {@code encodedList}: multibase base64url (prefix {@code u}, no padding) of the
 * GZIP-compressed bitstring, index 0 being the most significant (left-most) bit of the first byte.
 */
final class StatusListBits {

    /** Refuse lists that decompress to more than this (16 MiB, as the verifiable-credentials library does). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private StatusListBits() {
    }

    /** The raw bitstring of an {@code encodedList} value. @throws IllegalArgumentException if malformed */
    static byte[] decode(String encodedList) {
        if (encodedList == null || encodedList.length() < 2 || encodedList.charAt(0) != 'u') {
            throw new IllegalArgumentException("encodedList must be multibase base64url (prefix 'u')");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encodedList is not base64url: " + e.getMessage(), e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAX_BYTES + 1);
            if (bits.length > MAX_BYTES) {
                throw new IllegalArgumentException("encodedList decompresses to more than " + MAX_BYTES + " bytes");
            }
            return bits;
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP data: " + e.getMessage(), e);
        }
    }

    /** Whether bit {@code index} is set. @throws IndexOutOfBoundsException beyond the list */
    static boolean isSet(byte[] bits, int index) {
        if (index < 0 || index >= bits.length * 8) {
            throw new IndexOutOfBoundsException("index " + index + " outside a list of " + bits.length * 8 + " bits");
        }
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    static boolean isSet(String encodedList, int index) {
        return isSet(decode(encodedList), index);
    }
}
