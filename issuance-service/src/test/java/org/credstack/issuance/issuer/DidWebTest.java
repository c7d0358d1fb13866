package org.credstack.issuance.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.credstack.issuance.issuer.domain.DidWeb;
import org.junit.jupiter.api.Test;

class DidWebTest {

    @Test
    void a_port_is_percent_encoded_and_the_path_becomes_colon_separated() {
        assertThat(DidWeb.forIssuer(URI.create("http://localhost:8081"), "abc"))
                .isEqualTo("did:web:localhost%3A8081:issuers:abc");
        assertThat(DidWeb.forIssuer(URI.create("https://creds.example.edu/ledger/"), "abc"))
                .isEqualTo("did:web:creds.example.edu:ledger:issuers:abc");
    }

    @Test
    void plain_http_is_refused_for_a_public_host() {
        assertThatThrownBy(() -> DidWeb.forIssuer(URI.create("http://creds.example.edu"), "abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }
}
