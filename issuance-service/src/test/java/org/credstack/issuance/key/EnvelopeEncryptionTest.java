package org.credstack.issuance.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class EnvelopeEncryptionTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ID = "did:web:localhost%3A8081:issuers:demo#key-1";

    private final byte[] masterKey = random(32);
    private final EnvelopeEncryption envelope = new EnvelopeEncryption(masterKey, "m1");
    private final byte[] privateKey = random(32);

    @Test
    void a_sealed_key_opens_to_the_same_bytes() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);

        assertThat(sealed.masterKeyId()).isEqualTo("m1");
        assertThat(sealed.ciphertext()).isNotEqualTo(privateKey);
        assertThat(envelope.open(KEY_ID, sealed)).isEqualTo(privateKey);
    }

    @Test
    void every_seal_uses_a_fresh_data_key_and_fresh_ivs() {
        SealedKey first = envelope.seal(KEY_ID, privateKey);
        SealedKey second = envelope.seal(KEY_ID, privateKey);

        assertThat(second.ciphertext()).isNotEqualTo(first.ciphertext());
        assertThat(second.wrappedDataKey()).isNotEqualTo(first.wrappedDataKey());
        assertThat(second.iv()).isNotEqualTo(first.iv());
        assertThat(second.dataKeyIv()).isNotEqualTo(first.dataKeyIv());
    }

    @Test
    void another_master_key_under_the_same_id_cannot_open_it() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);

        assertThatThrownBy(() -> new EnvelopeEncryption(random(32), "m1").open(KEY_ID, sealed))
                .isInstanceOf(KeyUnsealingException.class).hasMessageContaining("wrong master key");
    }

    @Test
    void a_key_wrapped_under_another_master_key_id_is_named_for_re_wrapping() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);

        assertThatThrownBy(() -> new EnvelopeEncryption(masterKey, "m2").open(KEY_ID, sealed))
                .isInstanceOf(KeyUnsealingException.class).hasMessageContaining("'m1'")
                .hasMessageContaining("previous-master-keys");
    }

    @Test
    void during_a_rotation_the_previous_master_key_opens_and_re_wrapping_moves_the_key_under_the_new_one() {
        SealedKey old = envelope.seal(KEY_ID, privateKey);
        EnvelopeEncryption rotated = new EnvelopeEncryption(random(32), "m2", java.util.Map.of("m1", masterKey));

        assertThat(rotated.open(KEY_ID, old)).isEqualTo(privateKey);
        SealedKey moved = rotated.rewrap(KEY_ID, old);

        assertThat(moved.masterKeyId()).isEqualTo("m2");
        assertThat(moved.ciphertext()).isEqualTo(old.ciphertext());
        assertThat(moved.wrappedDataKey()).isNotEqualTo(old.wrappedDataKey());
        assertThat(rotated.open(KEY_ID, moved)).isEqualTo(privateKey);
        assertThatThrownBy(() -> envelope.open(KEY_ID, moved)).isInstanceOf(KeyUnsealingException.class);
    }

    @Test
    void a_wrong_previous_master_key_cannot_re_wrap() {
        SealedKey old = envelope.seal(KEY_ID, privateKey);
        EnvelopeEncryption rotated = new EnvelopeEncryption(random(32), "m2", java.util.Map.of("m1", random(32)));

        assertThatThrownBy(() -> rotated.rewrap(KEY_ID, old)).isInstanceOf(KeyUnsealingException.class)
                .hasMessageContaining("'m1'");
    }

    @Test
    void a_tampered_ciphertext_fails() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);
        byte[] ciphertext = sealed.ciphertext();
        ciphertext[3] ^= 1;

        assertThatThrownBy(() -> envelope.open(KEY_ID, new SealedKey(ciphertext, sealed.iv(),
                sealed.wrappedDataKey(), sealed.dataKeyIv(), "m1"))).isInstanceOf(KeyUnsealingException.class);
    }

    @Test
    void a_tampered_wrapped_data_key_fails() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);
        byte[] wrapped = sealed.wrappedDataKey();
        wrapped[0] ^= 1;

        assertThatThrownBy(() -> envelope.open(KEY_ID, new SealedKey(sealed.ciphertext(), sealed.iv(), wrapped,
                sealed.dataKeyIv(), "m1"))).isInstanceOf(KeyUnsealingException.class);
    }

    @Test
    void the_key_id_is_bound_so_a_sealed_key_moved_to_another_id_does_not_open() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);

        assertThatThrownBy(() -> envelope.open("did:web:localhost%3A8081:issuers:other#key-1", sealed))
                .isInstanceOf(KeyUnsealingException.class);
    }

    @Test
    void neither_the_envelope_nor_a_sealed_key_prints_key_material() {
        SealedKey sealed = envelope.seal(KEY_ID, privateKey);

        assertThat(envelope.toString()).isEqualTo("EnvelopeEncryption[masterKeyId=m1]");
        assertThat(sealed.toString()).isEqualTo("SealedKey[masterKeyId=m1]");
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
