package org.credstack.recognition.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The covering rule on its own: which question a consent answers yes to. */
class ConsentCoverageTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static Consents.Consent consent(String purpose, Instant expiresAt, Instant revokedAt) {
        return new Consents.Consent("consent-1", "wallet-1", "uni-a", List.of("cred-1", "cred-2"), purpose, expiresAt,
                NOW.minusSeconds(3600), revokedAt);
    }

    @Test
    void a_consent_for_a_purpose_covers_its_credentials_for_that_purpose_and_its_institution_only() {
        Consents.Consent consent = consent("rpl:claim-1", null, null);
        assertThat(consent.covers("uni-a", "cred-2", "rpl:claim-1", NOW)).isTrue();
        assertThat(consent.covers("uni-a", "cred-2", "rpl:claim-2", NOW)).isFalse();
        assertThat(consent.covers("uni-a", "cred-2", null, NOW)).isFalse();
        assertThat(consent.covers("uni-b", "cred-2", "rpl:claim-1", NOW)).isFalse();
        assertThat(consent.covers("uni-a", "cred-3", "rpl:claim-1", NOW)).isFalse();
    }

    @Test
    void a_consent_without_purpose_covers_every_purpose_of_its_institution() {
        Consents.Consent consent = consent(null, null, null);
        assertThat(consent.covers("uni-a", "cred-1", "rpl:claim-9", NOW)).isTrue();
        assertThat(consent.covers("uni-a", "cred-1", "qualification:msc", NOW)).isTrue();
        assertThat(consent.covers("uni-a", "cred-1", null, NOW)).isTrue();
    }

    @Test
    void an_expired_or_revoked_consent_covers_nothing() {
        assertThat(consent(null, NOW, null).covers("uni-a", "cred-1", null, NOW)).isFalse();
        assertThat(consent(null, NOW.plusSeconds(1), null).covers("uni-a", "cred-1", null, NOW)).isTrue();
        assertThat(consent(null, null, NOW.plusSeconds(60)).covers("uni-a", "cred-1", null, NOW)).isFalse();
    }
}
