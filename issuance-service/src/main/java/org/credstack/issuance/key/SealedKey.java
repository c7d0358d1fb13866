package org.credstack.issuance.key;

/**
 * A private key as stored: its ciphertext and IV under the data key, and the data key wrapped under the master key
 * named by {@code masterKeyId}, with the wrapping IV.
 */
public record SealedKey(byte[] ciphertext, byte[] iv, byte[] wrappedDataKey, byte[] dataKeyIv, String masterKeyId) {

    @Override
    public String toString() {
        return "SealedKey[masterKeyId=" + masterKeyId + "]";
    }
}
