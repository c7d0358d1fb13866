package org.credstack.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonym by which events name a learner: lowercase hex of HMAC-SHA-256, keyed with the platform secret
 * shared by the services, over the e-mail address trimmed ({@link String#strip()}) and lowercased
 * ({@link Locale#ROOT}), encoded as UTF-8. No other normalisation is applied (no Unicode normalisation, no IDN
 * conversion, no removal of dots or sub-addresses): two spellings that differ after trimming and lowercasing are two
 * recipients. The test vectors in {@code docs/events.md} pin the computation.
 */
public final class RecipientRef {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    private RecipientRef() {
    }

    /** The recipientRef of an e-mail address under the platform secret. */
    public static String of(String email, byte[] platformSecret) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(platformSecret, "platformSecret");
        if (platformSecret.length == 0) {
            throw new IllegalArgumentException("platform secret must not be empty");
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("e-mail address must not be blank");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(platformSecret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    /** Whether {@code ref} has the form of a recipientRef: 64 lowercase hex digits. */
    public static boolean isValid(String ref) {
        return ref != null && FORMAT.matcher(ref).matches();
    }

    /** Returns {@code ref} if valid; otherwise throws, so that nothing else (an address, a name) passes as one. */
    public static String requireValid(String ref) {
        if (!isValid(ref)) {
            throw new IllegalArgumentException("not a recipientRef (64 lowercase hex digits expected)");
        }
        return ref;
    }

    /** Returns an immutable copy of {@code refs}, each checked with {@link #requireValid(String)}. */
    public static List<String> requireAllValid(List<String> refs) {
        Objects.requireNonNull(refs, "recipientRefs");
        refs.forEach(RecipientRef::requireValid);
        return List.copyOf(refs);
    }
}
