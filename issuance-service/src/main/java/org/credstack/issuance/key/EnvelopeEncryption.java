package org.credstack.issuance.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of private keys: each private key is encrypted under a fresh AES-256-GCM data key, and the
 * data key is wrapped under the master key (AES-256-GCM). Both layers take the key id as additional authenticated
 * data, so a sealed key copied to another row does not open. Only the master key id is stored with a row, so that
 * a master-key rotation can find and re-wrap the rows of the old one: during a rotation the previous master keys
 * are known too, they open what they wrapped, and {@link #rewrap} moves a row under the current one.
 */
public final class EnvelopeEncryption {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec masterKey;
    private final String masterKeyId;
    private final Map<String, SecretKeySpec> previous = new HashMap<>();

    public EnvelopeEncryption(byte[] masterKey, String masterKeyId) {
        this(masterKey, masterKeyId, Map.of());
    }

    /** @param previousMasterKeys the master keys of a rotation in progress, by id; they only open, never seal */
    public EnvelopeEncryption(byte[] masterKey, String masterKeyId, Map<String, byte[]> previousMasterKeys) {
        if (masterKey == null || masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be 32 bytes (AES-256)");
        }
        if (masterKeyId == null || masterKeyId.isBlank()) {
            throw new IllegalArgumentException("The master key needs an id");
        }
        this.masterKey = new SecretKeySpec(masterKey, "AES");
        this.masterKeyId = masterKeyId;
        previousMasterKeys.forEach((id, key) -> {
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("Previous master key " + id + " must be 32 bytes (AES-256)");
            }
            if (!id.equals(masterKeyId)) {
                previous.put(id, new SecretKeySpec(key, "AES"));
            }
        });
    }

    /** Whether a row wrapped under {@code id} can be opened (the current master key, or a previous one). */
    public boolean knows(String id) {
        return masterKeyId.equals(id) || previous.containsKey(id);
    }

    /**
     * The same private key with its data key wrapped under the current master key; the private key's ciphertext
     * does not change and the private key is never decrypted.
     *
     * @throws KeyUnsealingException if the row's master key is unknown or the row was altered
     */
    public SealedKey rewrap(String keyId, SealedKey sealed) {
        byte[] dataKey = null;
        try {
            dataKey = gcm(Cipher.DECRYPT_MODE, wrappingKey(keyId, sealed), sealed.dataKeyIv(), keyId,
                    sealed.wrappedDataKey());
            byte[] wrapIv = random(IV_BYTES);
            return new SealedKey(sealed.ciphertext(), sealed.iv(), gcm(Cipher.ENCRYPT_MODE, masterKey, wrapIv,
                    keyId, dataKey), wrapIv, masterKeyId);
        } catch (GeneralSecurityRuntime e) {
            throw new KeyUnsealingException("Key " + keyId + " cannot be re-wrapped: master key '"
                    + sealed.masterKeyId() + "' does not open it, or the stored key was altered");
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    private SecretKeySpec wrappingKey(String keyId, SealedKey sealed) {
        if (masterKeyId.equals(sealed.masterKeyId())) {
            return masterKey;
        }
        SecretKeySpec old = previous.get(sealed.masterKeyId());
        if (old == null) {
            throw new KeyUnsealingException("Key " + keyId + " is wrapped under master key '" + sealed.masterKeyId()
                    + "', which is neither the configured master key '" + masterKeyId + "' nor one of the previous "
                    + "master keys (credstack.keys.previous-master-keys)");
        }
        return old;
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
        SecretKeySpec wrapping = wrappingKey(keyId, sealed);
        byte[] dataKey = null;
        try {
            dataKey = gcm(Cipher.DECRYPT_MODE, wrapping, sealed.dataKeyIv(), keyId, sealed.wrappedDataKey());
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), sealed.iv(), keyId,
                    sealed.ciphertext());
        } catch (GeneralSecurityRuntime e) {
            throw new KeyUnsealingException("Key " + keyId + " cannot be opened with master key '"
                    + sealed.masterKeyId() + "': wrong master key, or the stored key was altered");
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
