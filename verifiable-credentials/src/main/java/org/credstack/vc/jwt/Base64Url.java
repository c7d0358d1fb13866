package org.credstack.vc.jwt;

import java.util.Base64;

/** Strict base64url without padding (RFC 7515 section 2): any other character, padding included, is refused. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] data) {
        return ENCODER.encodeToString(data);
    }

    /** @throws IllegalArgumentException on padding, a character outside the base64url alphabet or a bad length */
    public static byte[] decode(String value) {
        if (value == null) {
            throw new IllegalArgumentException("no base64url value");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                throw new IllegalArgumentException("not base64url: character '" + c + "' at position " + i);
            }
        }
        if (value.length() % 4 == 1) {
            throw new IllegalArgumentException("not base64url: impossible length " + value.length());
        }
        return DECODER.decode(value);
    }
}
