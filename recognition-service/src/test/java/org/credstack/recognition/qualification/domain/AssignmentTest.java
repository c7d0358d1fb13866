package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A credential counts for one component only, chosen the same way every time: required before elective groups, the
 * learner's own credentials before transfer and RPL, most credits first, then the smallest id.
 */
class AssignmentTest {

    private static final HeldCredential PARTNER_CREDENTIAL = new HeldCredential("p-1", PARTNER, PARTNER_STATS,
            credits("6"), 6, Instant.parse("2025-01-10T00:00:00Z"), CredentialStatus.ACTIVE, null);

    @Test
    void a_credential_counts_for_one_component_only_and_required_ones_come_first() {
        // The partner's course is accepted as Statistics (required) and transferred as Machine Learning (elective).
        QualificationDefinition definition = definition("20", new QualificationRules(certificate().rules().required(),
                certificate().rules().electiveGroups(), null, null, null,
                List.of(new AcceptedEquivalent(PARTNER, PARTNER_STATS, STATS, credits("5")))));
        CreditEquivalence transfer = new CreditEquivalence("eq-1", PARTNER, PARTNER_STATS, ML, credits("6"));

        Progress progress = evaluate(definition, new LearnerEvidence(List.of(PARTNER_CREDENTIAL), null,
                List.of(transfer), null));

        assertThat(progress.counted()).extracting(CountedCredit::component).containsExactly(STATS);
        assertThat(progress.notCounted())
                .containsExactly(new NotCounted("p-1", ML, "already counted for 'Statistics'"));
    }

    @Test
    void a_component_takes_the_credential_with_the_most_credits() {
        Progress progress = evaluate(certificate(), credential("c-1", STATS),
                withCredits(credential("c-9", STATS), "6"));

        assertThat(progress.counted()).extracting(CountedCredit::itemId).containsExactly("c-9");
        assertThat(progress.notCounted())
                .containsExactly(new NotCounted("c-1", STATS, "'Statistics' is already met by c-9"));
    }

    @Test
    void between_equal_credentials_the_smallest_id_counts() {
        Progress progress = evaluate(certificate(), credential("c-b", STATS), credential("c-a", STATS));

        assertThat(progress.counted()).extracting(CountedCredit::itemId).containsExactly("c-a");
    }

    @Test
    void the_learners_own_credential_is_taken_before_transfer_and_rpl() {
        QualificationDefinition definition = definition("20", new QualificationRules(certificate().rules().required(),
                certificate().rules().electiveGroups(), null, null, null,
                List.of(new AcceptedEquivalent(PARTNER, PARTNER_STATS, STATS, credits("6")))));
        RplCredit claim = new RplCredit("rpl-1", null, STATS, credits("7"));

        Progress progress = evaluate(definition, new LearnerEvidence(List.of(PARTNER_CREDENTIAL,
                credential("c-1", STATS)), List.of(claim), null, null));

        assertThat(progress.counted()).singleElement().extracting(CountedCredit::source)
                .isEqualTo(CreditSource.CREDENTIAL);
        assertThat(progress.notCounted()).extracting(NotCounted::itemId).containsExactly("p-1", "rpl-1");
    }

    @Test
    void the_order_of_the_evidence_does_not_change_the_outcome() {
        List<HeldCredential> credentials = new ArrayList<>(List.of(credential("c-1", STATS),
                withCredits(credential("c-2", STATS), "6"), credential("c-3", PYTHON), credential("c-4", ETHICS),
                credential("c-5", ML), credential("c-6", VIS), credential("c-7", ML)));
        Progress expected = evaluate(certificate(), LearnerEvidence.of(credentials));

        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(credentials, new Random(seed));
            assertThat(evaluate(certificate(), LearnerEvidence.of(credentials))).isEqualTo(expected);
        }
    }
}
