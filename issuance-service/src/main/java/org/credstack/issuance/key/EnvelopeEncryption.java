package org.credstack.issuance.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of private keys: each private key is encrypted under a fresh AES-256-GCM data key, and the
 * data key is wrapped under the master key (AES-256-GCM). Both layers take the key id as additional authenticated
 * data, so a sealed key copied to another row does not open. Only the master key id is stored with a row, so that
 * a master-key rotation can find and re-wrap the rows of the old one.
 */
public final class EnvelopeEncryption {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec masterKey;
    private final String masterKeyId;

    public EnvelopeEncryption(byte[] masterKey, String masterKeyId) {
        if (masterKey == null || masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be 32 bytes (AES-256)");
        }
        if (masterKeyId == null || masterKeyId.isBlank()) {
            throw new IllegalArgumentException("The master key needs an id");
        }
        this.masterKey = new SecretKeySpec(masterKey, "AES");
        this.masterKeyId = masterKeyId;
    }

    public String masterKeyId() {
        return masterKeyId;
    }

    public SealedKey seal(String keyId, byte[] privateKey) {
        byte[] dataKey = random(KEY_BYTES);
        try {
            byte[] iv = random(IV_BYTES);
            byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), iv, keyId, privateKey);
            byte[] wrapIv = random(IV_BYTES);
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, masterKey, wrapIv, keyId, dataKey);
            return new SealedKey(ciphertext, iv, wrapped, wrapIv, masterKeyId);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** @throws KeyUnsealingException if the master key differs, the key id differs or any byte was changed */
    public byte[] open(String keyId, SealedKey sealed) {
        if (!masterKeyId.equals(sealed.masterKeyId())) {
            throw new KeyUnsealingException("Key " + keyId + " is wrapped under master key '" + sealed.masterKeyId()
                    + "' but the configured master key is '" + masterKeyId + "': re-wrap it first");
        }
        byte[] dataKey = null;
        try {
            dataKey = gcm(Cipher.DECRYPT_MODE, masterKey, sealed.dataKeyIv(), keyId, sealed.wrappedDataKey());
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), sealed.iv(), keyId,
                    sealed.ciphertext());
        } catch (GeneralSecurityRuntime e) {
            throw new KeyUnsealingException("Key " + keyId + " cannot be opened with master key '" + masterKeyId
                    + "': wrong master key, or the stored key was altered");
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    private static byte[] gcm(int mode, SecretKeySpec key, byte[] iv, String keyId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityRuntime(e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static final class GeneralSecurityRuntime extends RuntimeException {
        GeneralSecurityRuntime(GeneralSecurityException cause) {
            super(cause);
        }
    }

    @Override
    public String toString() {
        return "EnvelopeEncryption[masterKeyId=" + masterKeyId + "]";
    }
}
