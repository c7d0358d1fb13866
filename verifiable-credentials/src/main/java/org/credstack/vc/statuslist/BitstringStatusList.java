package org.credstack.vc.statuslist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.credstack.vc.multiformats.Multibase;

/**
 * A W3C Bitstring Status List (v1.0): a bitstring of at least 131,072 entries (16 KB), index 0 being the most
 * significant (left-most) bit of the first byte, published as the multibase base64url (prefix {@code u}, no
 * padding) of its GZIP compression in {@code encodedList}. Status size 1. Not thread-safe.
 */
public final class BitstringStatusList {

    /** The minimum length the specification requires, for herd privacy. */
    public static final int MIN_ENTRIES = 131_072;
    /** Upper bound on a decoded list (16 MiB of bits), against decompression bombs. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list of the minimum size with every bit clear. */
    public static BitstringStatusList create() {
        return create(MIN_ENTRIES);
    }

    /** @param entries at least {@link #MIN_ENTRIES}, a multiple of 8 */
    public static BitstringStatusList create(int entries) {
        if (entries < MIN_ENTRIES || entries % 8 != 0 || entries / 8 > MAX_BYTES) {
            throw new IllegalArgumentException("A status list has a multiple of 8 entries, at least " + MIN_ENTRIES
                    + " and at most " + (long) MAX_BYTES * 8 + ": " + entries);
        }
        return new BitstringStatusList(new byte[entries / 8]);
    }

    /** Decodes an {@code encodedList} value. @throws IllegalArgumentException if malformed or too short */
    public static BitstringStatusList decode(String encodedList) {
        byte[] compressed = Multibase.decode(encodedList, Multibase.BASE64URL);
        byte[] bits;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bits = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP data: " + e.getMessage(), e);
        }
        if (bits.length > MAX_BYTES) {
            throw new IllegalArgumentException("encodedList decompresses to more than " + MAX_BYTES + " bytes");
        }
        if (bits.length * 8 < MIN_ENTRIES) {
            throw new IllegalArgumentException("A status list has at least " + MIN_ENTRIES + " entries, this one "
                    + bits.length * 8);
        }
        return new BitstringStatusList(bits);
    }

    /** The {@code encodedList} value: multibase base64url of the GZIP-compressed bitstring. */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Multibase.encodeBase64Url(out.toByteArray());
    }

    public int size() {
        return bits.length * 8;
    }

    /** @throws IndexOutOfBoundsException outside 0..size()-1 */
    public boolean get(int index) {
        check(index);
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** @throws IndexOutOfBoundsException outside 0..size()-1 */
    public void set(int index, boolean value) {
        check(index);
        if (value) {
            bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        } else {
            bits[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
        }
    }

    /** A copy of the raw bitstring. */
    public byte[] bytes() {
        return Arrays.copyOf(bits, bits.length);
    }

    private void check(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("Status list index " + index + " outside 0.." + (size() - 1));
        }
    }
}
