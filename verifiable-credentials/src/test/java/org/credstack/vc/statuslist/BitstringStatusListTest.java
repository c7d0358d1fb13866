package org.credstack.vc.statuslist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.credstack.vc.multiformats.Multibase;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    /** The encodedList of the examples in W3C Bitstring Status List v1.0: 131,072 entries, all clear. */
    private static final String SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void decodesTheSpecificationExample() {
        BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE);
        assertEquals(131_072, list.size());
        for (int i = 0; i < list.size(); i++) {
            assertFalse(list.get(i));
        }
    }

    @Test
    void bitOrderIsMostSignificantBitFirst() {
        BitstringStatusList list = BitstringStatusList.create();
        list.set(0, true);
        list.set(9, true);
        list.set(131_071, true);
        byte[] bytes = list.bytes();
        assertEquals((byte) 0x80, bytes[0]);
        assertEquals((byte) 0x40, bytes[1]);
        assertEquals((byte) 0x01, bytes[bytes.length - 1]);
    }

    @Test
    void readsAnIndependentlyEncodedList() throws IOException {
        byte[] bits = new byte[16_384];
        bits[0] = 0x01;               // index 7
        bits[2] = (byte) 0xA0;        // indexes 16 and 18
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        }
        BitstringStatusList list = BitstringStatusList.decode(Multibase.encodeBase64Url(out.toByteArray()));
        assertTrue(list.get(7));
        assertFalse(list.get(0));
        assertTrue(list.get(16));
        assertFalse(list.get(17));
        assertTrue(list.get(18));
    }

    @Test
    void encodeDecodeRoundTrip() {
        BitstringStatusList list = BitstringStatusList.create(262_144);
        int[] revoked = {1, 94_567, 131_072, 262_143};
        for (int index : revoked) {
            list.set(index, true);
        }
        list.set(1, false);
        String encoded = list.encode();
        assertEquals('u', encoded.charAt(0));
        assertFalse(encoded.contains("="));
        BitstringStatusList decoded = BitstringStatusList.decode(encoded);
        assertEquals(262_144, decoded.size());
        assertArrayEquals(list.bytes(), decoded.bytes());
        assertFalse(decoded.get(1));
        assertTrue(decoded.get(94_567));
        assertTrue(decoded.get(262_143));
    }

    @Test
    void indexBoundsAreChecked() {
        BitstringStatusList list = BitstringStatusList.create();
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(131_072));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(131_072, true));
    }

    @Test
    void tooShortOrMalformedListsAreRejected() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.create(1024));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.create(131_073));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(new byte[1024]);
        }
        assertThrows(IllegalArgumentException.class,
                () -> BitstringStatusList.decode(Multibase.encodeBase64Url(out.toByteArray())));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("uAAAA"));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(SPEC_EXAMPLE.substring(1)));
    }
}
