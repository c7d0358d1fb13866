package org.credstack.recognition.rplclaim.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The digest by which the claim's events refer to text the learner wrote (a narrative, an appeal's reason, a link):
 * the text itself lives in a mutable table that erasure empties, and the digest proves that what an assessor read
 * there is what was submitted.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** Lowercase hex of SHA-256 over the UTF-8 bytes of {@code text}, exactly as given (no normalisation). */
    public static String ofText(String text) {
        Objects.requireNonNull(text, "text");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Whether {@code value} has the form of such a digest: 64 lowercase hex digits. */
    static boolean isDigest(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }
}
