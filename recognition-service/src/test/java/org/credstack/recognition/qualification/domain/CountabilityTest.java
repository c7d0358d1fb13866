package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only ACTIVE credentials within validity and recency and at the EQF minimum count. */
class CountabilityTest {

    private static final HeldCredential[] OTHERS = {credential("c-2", PYTHON), credential("c-3", ETHICS),
            credential("c-4", ML)};

    private static Progress withStatistics(HeldCredential statistics) {
        return evaluate(certificate(), statistics, OTHERS[0], OTHERS[1], OTHERS[2]);
    }

    private static QualificationDefinition withLimits(Integer minEqf, Integer recencyYears, Component... required) {
        return definition("5", new QualificationRules(List.of(required), List.of(), minEqf, recencyYears, null,
                null));
    }

    @Test
    void a_revoked_credential_stops_counting() {
        Progress progress = withStatistics(withStatus(credential("c-1", STATS), CredentialStatus.REVOKED));

        assertThat(progress.eligible()).isFalse();
        assertThat(progress.countedCredentialIds()).doesNotContain("c-1");
        assertThat(progress.notCounted()).containsExactly(new NotCounted("c-1", STATS, "revoked"));
    }

    @Test
    void a_suspended_credential_stops_counting() {
        Progress progress = withStatistics(withStatus(credential("c-1", STATS), CredentialStatus.SUSPENDED));

        assertThat(progress.eligible()).isFalse();
        assertThat(progress.notCounted()).containsExactly(new NotCounted("c-1", STATS, "suspended"));
    }

    @Test
    void a_reinstated_credential_counts_again() {
        HeldCredential suspended = withStatus(credential("c-1", STATS), CredentialStatus.SUSPENDED);
        assertThat(withStatistics(suspended).eligible()).isFalse();

        HeldCredential reinstated = withStatus(suspended, CredentialStatus.ACTIVE);
        assertThat(withStatistics(reinstated).eligible()).isTrue();
        assertThat(withStatistics(reinstated).countedCredentialIds()).contains("c-1");
    }

    @Test
    void an_expired_credential_stops_counting() {
        assertThat(withStatistics(withStatus(credential("c-1", STATS), CredentialStatus.EXPIRED)).notCounted())
                .containsExactly(new NotCounted("c-1", STATS, "expired"));
    }

    @Test
    void a_credential_past_its_validity_stops_counting_before_issuance_reports_the_expiry() {
        HeldCredential c = credential("c-1", STATS);
        HeldCredential lapsed = new HeldCredential(c.credentialId(), c.issuerId(), c.achievementId(), c.credits(),
                c.eqfLevel(), c.issuedAt(), CredentialStatus.ACTIVE, AT);
        assertThat(withStatistics(lapsed).notCounted())
                .containsExactly(new NotCounted("c-1", STATS, "expired on 2026-06-01"));

        HeldCredential valid = new HeldCredential(c.credentialId(), c.issuerId(), c.achievementId(), c.credits(),
                c.eqfLevel(), c.issuedAt(), CredentialStatus.ACTIVE, AT.plusSeconds(1));
        assertThat(withStatistics(valid).eligible()).isTrue();
    }

    @Test
    void a_replaced_credential_does_not_count_but_its_replacement_does() {
        Progress progress = evaluate(certificate(), withStatus(credential("c-1", STATS), CredentialStatus.REPLACED),
                credential("c-1b", STATS), OTHERS[0], OTHERS[1], OTHERS[2]);

        assertThat(progress.eligible()).isTrue();
        assertThat(progress.countedCredentialIds()).contains("c-1b").doesNotContain("c-1");
        assertThat(progress.notCounted()).containsExactly(new NotCounted("c-1", STATS, "replaced by a re-issue"));
    }

    @Test
    void a_credential_below_the_eqf_minimum_does_not_count() {
        Progress progress = evaluate(withLimits(6, null, Component.achievement(STATS)),
                withEqf(credential("c-1", STATS), 5));

        assertThat(progress.eligible()).isFalse();
        assertThat(progress.notCounted())
                .containsExactly(new NotCounted("c-1", STATS, "EQF level 5 is below the minimum of 6"));
    }

    @Test
    void a_credential_without_an_eqf_level_does_not_meet_a_minimum() {
        Progress progress = evaluate(withLimits(6, null, Component.achievement(STATS)),
                withEqf(credential("c-1", STATS), null));

        assertThat(progress.notCounted())
                .containsExactly(new NotCounted("c-1", STATS, "has no EQF level; the minimum is 6"));
    }

    @Test
    void a_component_sets_its_own_eqf_minimum() {
        QualificationDefinition definition = withLimits(6, null, Component.achievement(STATS).withMinEqfLevel(7),
                Component.achievement(INTRO).withMinEqfLevel(5));

        Progress progress = evaluate(definition, credential("c-1", STATS), credential("c-2", INTRO));

        assertThat(progress.countedCredentialIds()).containsExactly("c-2");
        assertThat(progress.notCounted())
                .containsExactly(new NotCounted("c-1", STATS, "EQF level 6 is below the minimum of 7"));
    }

    @Test
    void a_credential_older_than_the_recency_window_does_not_count() {
        QualificationDefinition definition = withLimits(null, 3, Component.achievement(STATS),
                Component.achievement(PYTHON));

        Progress progress = evaluate(definition,
                issuedAt(credential("c-1", STATS), Instant.parse("2023-05-31T23:59:59Z")),
                issuedAt(credential("c-2", PYTHON), Instant.parse("2023-06-01T00:00:00Z")));

        assertThat(progress.countedCredentialIds()).containsExactly("c-2");
        assertThat(progress.notCounted()).containsExactly(new NotCounted("c-1", STATS,
                "issued on 2023-05-31, more than 3 years before 2026-06-01"));
    }

    @Test
    void a_credential_issued_after_the_evaluation_instant_does_not_count() {
        Progress progress = evaluate(withLimits(null, null, Component.achievement(STATS)),
                issuedAt(credential("c-1", STATS), AT.plusSeconds(60)));

        assertThat(progress.notCounted()).containsExactly(new NotCounted("c-1", STATS,
                "issued on 2026-06-01, after the evaluation date"));
    }
}
