package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accepted equivalents, the institution's credit transfer, RPL, and the cap on them together. */
class TransferAndRplTest {

    private static final HeldCredential PARTNER_CREDENTIAL = new HeldCredential("p-1", PARTNER, PARTNER_STATS,
            credits("6"), 6, Instant.parse("2025-01-10T00:00:00Z"), CredentialStatus.ACTIVE, null);

    /** Statistics and Python required, 10 credits; Applied Statistics of the partner accepted as Statistics. */
    private static QualificationDefinition acceptingPartner(String share) {
        return definition("10", new QualificationRules(List.of(Component.achievement(STATS),
                Component.achievement(PYTHON)), List.of(), 6, null, share == null ? null : credits(share),
                List.of(new AcceptedEquivalent(PARTNER, PARTNER_STATS, STATS, credits("5")))));
    }

    private static LearnerEvidence evidence(List<HeldCredential> credentials, List<RplCredit> rpl,
            List<CreditEquivalence> equivalences) {
        return new LearnerEvidence(credentials, rpl, equivalences, null);
    }

    @Test
    void an_accepted_equivalent_fills_its_component_for_the_credits_the_rules_give_it() {
        Progress progress = evaluate(acceptingPartner(null), PARTNER_CREDENTIAL, credential("c-2", PYTHON));

        assertThat(progress.eligible()).isTrue();
        assertThat(progress.counted().get(0)).isEqualTo(new CountedCredit(CreditSource.ACCEPTED_EQUIVALENT, "p-1",
                null, STATS, credits("5"), credits("0")));
        assertThat(progress.countedCredentialIds()).containsExactly("c-2", "p-1");
        assertThat(progress.rplAndTransferCredits()).isEqualTo(credits("5"));
    }

    @Test
    void the_same_achievement_id_from_another_issuer_is_not_the_accepted_equivalent() {
        HeldCredential impostor = new HeldCredential("x-1", "elsewhere", PARTNER_STATS, credits("6"), 6,
                ISSUED, CredentialStatus.ACTIVE, null);

        Progress progress = evaluate(acceptingPartner(null), impostor, credential("c-2", PYTHON));

        assertThat(progress.eligible()).isFalse();
        assertThat(progress.countedCredentialIds()).containsExactly("c-2");
    }

    @Test
    void an_equivalent_credential_must_meet_the_eqf_minimum_too() {
        Progress progress = evaluate(acceptingPartner(null), withEqf(PARTNER_CREDENTIAL, 5),
                credential("c-2", PYTHON));

        assertThat(progress.notCounted())
                .containsExactly(new NotCounted("p-1", STATS, "EQF level 5 is below the minimum of 6"));
    }

    @Test
    void the_institutions_credit_transfer_counts_an_external_achievement_as_its_own() {
        CreditEquivalence transfer = new CreditEquivalence("eq-7", PARTNER, PARTNER_STATS, STATS, credits("4"));

        Progress progress = new ProgressEvaluator(CATALOG, NO_QUALIFICATIONS).evaluate(QUALIFICATION,
                certificate(), evidence(List.of(PARTNER_CREDENTIAL), null, List.of(transfer)), AT);

        assertThat(progress.counted()).containsExactly(new CountedCredit(CreditSource.CREDIT_TRANSFER, "p-1", "eq-7",
                STATS, credits("4"), credits("0")));
        assertThat(outcome(progress, "required").missing()).isEqualTo("still needed: 'Python'");
    }

    @Test
    void rpl_toward_an_achievement_fills_that_component() {
        RplCredit claim = new RplCredit("rpl-1", null, PYTHON, credits("5"));

        Progress progress = evaluate(acceptingPartner(null),
                evidence(List.of(credential("c-1", STATS)), List.of(claim), null));

        assertThat(progress.eligible()).isTrue();
        assertThat(progress.counted()).contains(new CountedCredit(CreditSource.RPL, "rpl-1", null, PYTHON,
                credits("5"), credits("0")));
        assertThat(progress.countedCredentialIds()).containsExactly("c-1");
    }

    @Test
    void rpl_toward_the_qualification_adds_credits_but_fills_no_component() {
        RplCredit claim = new RplCredit("rpl-1", QUALIFICATION, null, credits("3"));

        Progress progress = evaluate(definition("13", acceptingPartner(null).rules()),
                evidence(List.of(credential("c-1", STATS)), List.of(claim), null));

        assertThat(progress.counted()).contains(new CountedCredit(CreditSource.RPL, "rpl-1", null, null,
                credits("3"), credits("0")));
        assertThat(progress.totalCredits()).isEqualTo(credits("8"));
        assertThat(outcome(progress, "required").missing()).isEqualTo("still needed: 'Python'");
    }

    @Test
    void rpl_toward_another_qualification_or_without_credits_does_not_count() {
        List<RplCredit> claims = List.of(new RplCredit("rpl-1", "q-other", null, credits("3")),
                new RplCredit("rpl-2", QUALIFICATION, null, credits("0")),
                new RplCredit("rpl-3", null, PYTHON, credits("0")));

        Progress progress = evaluate(acceptingPartner(null),
                evidence(List.of(credential("c-1", STATS)), claims, null));

        assertThat(progress.counted()).extracting(CountedCredit::itemId).containsExactly("c-1");
    }

    @Test
    void the_rpl_share_caps_rpl_and_transfer_together() {
        List<RplCredit> claims = List.of(new RplCredit("rpl-1", null, PYTHON, credits("5")),
                new RplCredit("rpl-2", QUALIFICATION, null, credits("2")));

        Progress progress = evaluate(acceptingPartner("0.6"),
                evidence(List.of(PARTNER_CREDENTIAL), claims, null));

        assertThat(progress.rplAndTransferCap()).isEqualTo(credits("6"));
        assertThat(progress.counted()).containsExactly(
                new CountedCredit(CreditSource.ACCEPTED_EQUIVALENT, "p-1", null, STATS, credits("5"), credits("0")),
                new CountedCredit(CreditSource.RPL, "rpl-1", null, PYTHON, credits("1"), credits("4")),
                new CountedCredit(CreditSource.RPL, "rpl-2", null, null, credits("0"), credits("2")));
        assertThat(progress.capApplied()).isTrue();
        assertThat(progress.rplAndTransferCredits()).isEqualTo(credits("6"));
        assertThat(progress.totalCredits()).isEqualTo(credits("6"));
        assertThat(outcome(progress, "required").met()).isTrue(); // the cap limits credits, not components
        assertThat(outcome(progress, "credits-required").missing()).isEqualTo("4.0 more credits");
        assertThat(progress.eligible()).isFalse();
    }

    @Test
    void transfer_within_the_cap_is_not_cut() {
        Progress progress = evaluate(acceptingPartner("0.5"), PARTNER_CREDENTIAL, credential("c-2", PYTHON));

        assertThat(progress.capApplied()).isFalse();
        assertThat(progress.rplAndTransferCap()).isEqualTo(credits("5"));
        assertThat(progress.eligible()).isTrue();
    }

    @Test
    void an_rpl_share_of_zero_keeps_components_filled_but_counts_none_of_their_credits() {
        Progress progress = evaluate(acceptingPartner("0"), PARTNER_CREDENTIAL, credential("c-2", PYTHON));

        assertThat(outcome(progress, "required").met()).isTrue();
        assertThat(progress.totalCredits()).isEqualTo(credits("5"));
        assertThat(progress.eligible()).isFalse();
    }
}
