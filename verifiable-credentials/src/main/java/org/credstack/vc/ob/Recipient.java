package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The learner a credential is issued to, identified in the credential by OB 3.0's salted hashed
 * {@code IdentityObject}, never by the clear address.
 *
 * <p>OB 3.0 (IdentityHash): an algorithm identifier, {@code $}, and the hex hash of the identifier with the salt
 * appended, both UTF-8: {@code sha256$} + lowercase hex of SHA-256({@code email + salt}); the spec's own example is
 * {@code sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399} for {@code a@example.com} salted
 * with {@code Kosher}. The address is normalised first as credstack does everywhere (trimmed, lowercased with
 * {@link Locale#ROOT}), so a verifier holding the address must normalise it the same way.
 *
 * @param email the learner's address (clear; kept by the issuance service only, never emitted)
 * @param salt  the salt, published in the credential; {@link #withRandomSalt(String)} makes a fresh one per
 *              credential so that two credentials of the same learner cannot be linked by their hash
 */
public record Recipient(String email, String salt) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Recipient {
        Identifiers.requireText("recipient.email", email);
        String normalized = normalize(email);
        int at = normalized.indexOf('@');
        if (at < 1 || at != normalized.lastIndexOf('@') || at == normalized.length() - 1
                || normalized.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("recipient.email is not an e-mail address");
        }
        Identifiers.requireText("recipient.salt", salt);
    }

    /** A recipient with a fresh random salt (16 bytes from SecureRandom, lowercase hex). */
    public static Recipient withRandomSalt(String email) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Recipient(email, HexFormat.of().formatHex(salt));
    }

    /** Trimmed and lowercased (Locale.ROOT). */
    public static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** {@code sha256$<lowercase hex of SHA-256(normalized email + salt)>}. */
    public String identityHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest((normalize(email) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** {@code {type "IdentityObject", identityHash, identityType "emailAddress", hashed true, salt}}. */
    public ObjectNode identityObject() {
        ObjectNode identity = JsonNodeFactory.instance.objectNode();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", identityHash());
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);
        return identity;
    }

    /** Never shows the address. */
    @Override
    public String toString() {
        return "Recipient[identityHash=" + identityHash() + "]";
    }
}
