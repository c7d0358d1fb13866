package org.credstack.issuance.credential.award.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The credential id of an award: the name-based UUID (RFC 9562 version 5, SHA-1) of the awardId in credstack's
 * award namespace. Every replica, every retry and every redelivery of the same award arrives at the same id, and the
 * event store takes one credential of an id: an award can never be issued twice. Decision D35; recognition may
 * compute it too, but learns it from {@code CredentialIssued.awardId}.
 */
public final class AwardCredentialIds {

    /** The namespace of award credential ids; fixed for good, or ids of awards issued before would change. */
    public static final UUID NAMESPACE = UUID.fromString("7526c43c-0270-40ca-9427-8bd159b79f5d");

    private AwardCredentialIds() {
    }

    public static String of(String awardId) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(awardId.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong()).toString();
    }
}
