package org.credstack.issuance.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterKeyConfigurationTest {

    @Test
    void without_a_master_key_the_service_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> MasterKeyConfiguration.fromConfiguration(Optional.empty(), "m1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credstack.keys.master-key")
                .hasMessageContaining("CREDSTACK_KEYS_MASTER_KEY");
        assertThatThrownBy(() -> MasterKeyConfiguration.fromConfiguration(Optional.of("  "), "m1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_master_key_of_the_wrong_size_or_encoding_is_refused_without_echoing_it() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKeyConfiguration.fromConfiguration(Optional.of(short16), "m1"))
                .hasMessageContaining("32 bytes").hasMessageNotContaining(short16);
        assertThatThrownBy(() -> MasterKeyConfiguration.fromConfiguration(Optional.of("not base64!"), "m1"))
                .hasMessageContaining("base64").hasMessageNotContaining("not base64!");
    }

    @Test
    void a_32_byte_key_configures_the_envelope_under_its_id() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(MasterKeyConfiguration.fromConfiguration(Optional.of(key), "m7").masterKeyId()).isEqualTo("m7");
    }

    @Test
    void previous_master_keys_are_read_as_id_base64_pairs_and_malformed_ones_refused() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        var envelope = MasterKeyConfiguration.fromConfiguration(Optional.of(key), "m2",
                Optional.of("m1=" + Base64.getEncoder().encodeToString(new byte[32]) + ", m0=" + key));
        assertThat(envelope.knows("m1")).isTrue();
        assertThat(envelope.knows("m0")).isTrue();
        assertThat(envelope.knows("m9")).isFalse();

        assertThatThrownBy(() -> MasterKeyConfiguration.fromConfiguration(Optional.of(key), "m2",
                Optional.of("no-equals-sign"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id=base64");
        assertThatThrownBy(() -> MasterKeyConfiguration.fromConfiguration(Optional.of(key), "m2",
                Optional.of("m1=c2hvcnQ="))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ=");
    }
}
