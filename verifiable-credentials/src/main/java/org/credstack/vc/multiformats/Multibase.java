package org.credstack.vc.multiformats;

import java.util.Base64;

/**
 * Multibase strings for the two encodings the VC specifications use: base58btc (prefix {@code z}) and base64url
 * without padding (prefix {@code u}).
 */
public final class Multibase {

    public static final char BASE58BTC = 'z';
    public static final char BASE64URL = 'u';

    private Multibase() {
    }

    public static String encodeBase58Btc(byte[] data) {
        return BASE58BTC + Base58Btc.encode(data);
    }

    public static String encodeBase64Url(byte[] data) {
        return BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    /** Decodes a 'z' or 'u' multibase string. @throws IllegalArgumentException on another prefix or bad data */
    public static byte[] decode(String multibase) {
        if (multibase == null || multibase.isEmpty()) {
            throw new IllegalArgumentException("Empty multibase value");
        }
        String data = multibase.substring(1);
        switch (multibase.charAt(0)) {
            case BASE58BTC:
                return Base58Btc.decode(data);
            case BASE64URL:
                if (data.indexOf('=') >= 0) {
                    throw new IllegalArgumentException("Multibase base64url must not be padded");
                }
                return Base64.getUrlDecoder().decode(data);
            default:
                throw new IllegalArgumentException("Unsupported multibase prefix '" + multibase.charAt(0) + "'");
        }
    }

    /** Decodes a value that must use the given prefix. */
    public static byte[] decode(String multibase, char expectedPrefix) {
        if (multibase == null || multibase.isEmpty() || multibase.charAt(0) != expectedPrefix) {
            throw new IllegalArgumentException("Expected a multibase value with prefix '" + expectedPrefix + "'");
        }
        return decode(multibase);
    }
}
