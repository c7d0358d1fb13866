package org.credstack.vc.multiformats;

import java.util.Arrays;

/** Base58 with the Bitcoin alphabet (the multibase 'z' encoding). */
public final class Base58Btc {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];
    private static final int DIGITS_PER_PASS = 5;
    private static final long FIVE_DIGITS = 58L * 58 * 58 * 58 * 58;

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58Btc() {
    }

    public static String encode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] number = Arrays.copyOf(input, input.length);
        char[] encoded = new char[input.length * 2 + DIGITS_PER_PASS];
        int out = encoded.length;
        int start = zeros;
        while (start < number.length) {
            // Five digits per pass over the number (dividing by 58^5): a proofValue costs a fifth of the passes.
            long remainder = divmod58To5(number, start);
            for (int k = 0; k < DIGITS_PER_PASS; k++) {
                encoded[--out] = ALPHABET[(int) (remainder % 58)];
                remainder /= 58;
            }
            while (start < number.length && number[start] == 0) {
                start++;
            }
        }
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    /** @throws IllegalArgumentException on a character outside the base58btc alphabet */
    public static byte[] decode(String input) {
        if (input.isEmpty()) {
            return new byte[0];
        }
        byte[] input58 = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("Invalid base58btc character '" + c + "' at position " + i);
            }
            input58[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < input58.length && input58[zeros] == 0) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int out = decoded.length;
        int start = zeros;
        while (start < input58.length) {
            decoded[--out] = divmod(input58, start, 58, 256);
            if (input58[start] == 0) {
                start++;
            }
        }
        while (out < decoded.length && decoded[out] == 0) {
            out++;
        }
        return Arrays.copyOfRange(decoded, out - zeros, decoded.length);
    }

    /** Divides the base-256 number (from {@code first}) by 58^5 in place; answers the remainder. */
    private static long divmod58To5(byte[] number, int first) {
        long remainder = 0;
        for (int i = first; i < number.length; i++) {
            long temp = (remainder << 8) + (number[i] & 0xFF);
            number[i] = (byte) (temp / FIVE_DIGITS);
            remainder = temp % FIVE_DIGITS;
        }
        return remainder;
    }

    private static byte divmod(byte[] number, int first, int base, int divisor) {
        int remainder = 0;
        for (int i = first; i < number.length; i++) {
            int temp = remainder * base + (number[i] & 0xFF);
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }
}
