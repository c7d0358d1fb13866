package org.credstack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Test vectors, computed independently of this code with
 * {@code printf '%s' 'ada.lovelace@example.org' | openssl dgst -sha256 -hmac 'credstack-test-secret'}
 * and repeated in docs/events.md, so that every implementation (partners' too) can check itself.
 */
class RecipientRefTest {

    private static final byte[] SECRET = "credstack-test-secret".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_normalised_address_gives_the_pinned_ref() {
        assertEquals("16ca1f5d7a9a8ca462f48d77fd97d38b639604c3f4fca611b83882c702c4ccb1",
                RecipientRef.of("ada.lovelace@example.org", SECRET));
    }

    @Test
    void surrounding_whitespace_and_case_do_not_change_the_ref() {
        assertEquals("16ca1f5d7a9a8ca462f48d77fd97d38b639604c3f4fca611b83882c702c4ccb1",
                RecipientRef.of(" Ada.Lovelace@Example.ORG\t", SECRET));
    }

    @Test
    void another_address_gives_another_ref() {
        assertEquals("1a388987026acae7831af1a0705749902e6d99bd0f262f54a0778b1c7898ebb1",
                RecipientRef.of("grace.hopper@example.edu", SECRET));
    }

    @Test
    void a_unicode_address_is_lowercased_and_hashed_as_utf8() {
        // "Jürgen.Müller@Universität.de" lowercases to jürgen.müller@universität.de (precomposed ü and ä).
        assertEquals("7c09d724f035e0dfc016b0b9823c925484627874772c41fee9ee37463090eaa9",
                RecipientRef.of("J\u00fcrgen.M\u00fcller@Universit\u00e4t.de", SECRET));
    }

    @Test
    void another_secret_gives_another_ref() {
        assertNotEquals(RecipientRef.of("ada.lovelace@example.org", SECRET),
                RecipientRef.of("ada.lovelace@example.org", "another-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refs_are_64_lowercase_hex_digits() {
        assertTrue(RecipientRef.isValid(ExampleEvents.ADA));
        assertFalse(RecipientRef.isValid(ExampleEvents.ADA.toUpperCase()));
        assertFalse(RecipientRef.isValid(ExampleEvents.ADA.substring(1)));
        assertFalse(RecipientRef.isValid("ada.lovelace@example.org"));
        assertFalse(RecipientRef.isValid(null));
    }

    @Test
    void an_empty_secret_or_blank_address_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RecipientRef.of("ada@example.org", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RecipientRef.of("  ", SECRET));
    }
}
