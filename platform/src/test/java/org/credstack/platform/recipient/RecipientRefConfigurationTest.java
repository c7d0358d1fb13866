package org.credstack.platform.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.credstack.events.RecipientRef;
import org.junit.jupiter.api.Test;

class RecipientRefConfigurationTest {

    static final String SECRET = "a-platform-secret-of-at-least-32-bytes!!";

    @Test
    void without_a_secret_the_service_does_not_start() {
        assertThatThrownBy(() -> RecipientRefConfiguration.fromConfiguration(Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credstack.recipient-ref.secret");
        assertThatThrownBy(() -> RecipientRefConfiguration.fromConfiguration(Optional.of("  ")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> RecipientRefConfiguration.fromConfiguration(Optional.of("short")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void refs_are_the_contracts_hmac_of_the_normalised_address_and_never_show_the_secret() {
        RecipientRefs refs = RecipientRefConfiguration.fromConfiguration(Optional.of(SECRET));
        assertThat(refs.of(" Ada@Example.org ")).isEqualTo(RecipientRef.of("ada@example.org",
                SECRET.getBytes(StandardCharsets.UTF_8)));
        assertThat(refs.toString()).doesNotContain(SECRET);
    }
}
