package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Required components, choose n of m, minimum credits from a group, and the total. */
class ProgressRulesTest {

    /** Statistics required; at least 10 credits from ML, Visualisation and SQL; 15 credits in total. */
    private static QualificationDefinition creditGroup() {
        return definition("15", rules(List.of(Component.achievement(STATS)), List.of(ElectiveGroup.minCredits(
                "Electives", credits("10"), List.of(Component.achievement(ML), Component.achievement(VIS),
                        Component.achievement(SQL))))));
    }

    @Test
    void a_learner_holding_the_required_and_enough_electives_is_eligible() {
        Progress progress = evaluate(certificate(), credential("c-1", STATS), credential("c-2", PYTHON),
                credential("c-3", ETHICS), credential("c-4", ML));

        assertThat(progress.eligible()).isTrue();
        assertThat(progress.totalCredits()).isEqualTo(credits("20"));
        assertThat(progress.rules()).allMatch(RuleOutcome::met).extracting(RuleOutcome::missing).containsOnlyNulls();
        assertThat(progress.counted()).extracting(CountedCredit::itemId, CountedCredit::component)
                .containsExactly(tuple("c-1", STATS), tuple("c-2", PYTHON), tuple("c-3", ETHICS), tuple("c-4", ML));
        assertThat(progress.counted()).extracting(CountedCredit::source).containsOnly(CreditSource.CREDENTIAL);
        assertThat(progress.countedCredentialIds()).containsExactly("c-1", "c-2", "c-3", "c-4");
        assertThat(progress.rplAndTransferCredits()).isEqualTo(credits("0"));
        assertThat(progress.capApplied()).isFalse();
    }

    @Test
    void a_missing_required_component_is_named() {
        Progress progress = evaluate(certificate(), credential("c-2", PYTHON), credential("c-3", ETHICS),
                credential("c-4", ML));

        assertThat(progress.eligible()).isFalse();
        RuleOutcome required = outcome(progress, "required");
        assertThat(required.met()).isFalse();
        assertThat(required.requirement()).isEqualTo("all of: 'Statistics', 'Python'");
        assertThat(required.missing()).isEqualTo("still needed: 'Statistics'");
        assertThat(outcome(progress, "credits-required").missing()).isEqualTo("5.0 more credits");
    }

    @Test
    void choosing_n_of_m_says_how_many_more_of_which() {
        Progress progress = evaluate(certificate(), credential("c-1", STATS), credential("c-2", PYTHON),
                credential("c-3", ETHICS));

        RuleOutcome choose = outcome(progress, "choose");
        assertThat(choose.group()).isEqualTo("Data electives");
        assertThat(choose.requirement())
                .isEqualTo("2 of 'Data electives': 'Data Ethics', 'Machine Learning', 'Visualisation'");
        assertThat(choose.met()).isFalse();
        assertThat(choose.missing()).isEqualTo("1 more of: 'Machine Learning', 'Visualisation'");
        assertThat(progress.eligible()).isFalse();
    }

    @Test
    void electives_beyond_the_choice_still_count_toward_the_total() {
        Progress progress = evaluate(certificate(), credential("c-1", STATS), credential("c-2", PYTHON),
                credential("c-3", ETHICS), credential("c-4", ML), credential("c-5", VIS));

        assertThat(progress.totalCredits()).isEqualTo(credits("25"));
        assertThat(progress.countedCredentialIds()).hasSize(5);
    }

    @Test
    void a_credit_group_says_how_many_credits_are_missing() {
        Progress progress = evaluate(creditGroup(), credential("c-1", STATS),
                withCredits(credential("c-2", ML), "6"));

        RuleOutcome minCredits = outcome(progress, "min-credits");
        assertThat(minCredits.requirement()).isEqualTo("at least 10.0 credits from 'Electives'");
        assertThat(minCredits.met()).isFalse();
        assertThat(minCredits.missing()).isEqualTo("4.0 more credits from 'Electives'");
        assertThat(outcome(progress, "credits-required").missing()).isEqualTo("4.0 more credits");
    }

    @Test
    void a_credit_group_is_met_by_credits_from_any_of_its_components() {
        Progress progress = evaluate(creditGroup(), credential("c-1", STATS), credential("c-2", ML),
                credential("c-3", SQL), credential("c-4", VIS));

        assertThat(outcome(progress, "min-credits").met()).isTrue();
        assertThat(progress.totalCredits()).isEqualTo(credits("17.5"));
        assertThat(progress.eligible()).isTrue();
    }

    @Test
    void a_group_with_both_conditions_needs_both() {
        QualificationDefinition both = definition("10", rules(List.of(), List.of(new ElectiveGroup("Electives", 2,
                credits("10"), List.of(Component.achievement(ML), Component.achievement(SQL),
                Component.achievement(VIS))))));

        Progress progress = evaluate(both, credential("c-1", ML), credential("c-2", SQL));

        assertThat(outcome(progress, "choose").met()).isTrue();
        assertThat(outcome(progress, "min-credits").missing()).isEqualTo("2.5 more credits from 'Electives'");
        assertThat(progress.eligible()).isFalse();
    }

    @Test
    void every_component_met_is_not_enough_when_credits_required_are_higher() {
        Progress progress = evaluate(definition("22.5", certificate().rules()), credential("c-1", STATS),
                credential("c-2", PYTHON), credential("c-3", ETHICS), credential("c-4", ML));

        assertThat(progress.rules()).filteredOn(r -> !r.rule().equals("credits-required")).allMatch(RuleOutcome::met);
        assertThat(outcome(progress, "credits-required").requirement()).isEqualTo("22.5 credits in total");
        assertThat(outcome(progress, "credits-required").missing()).isEqualTo("2.5 more credits");
        assertThat(progress.eligible()).isFalse();
    }

    @Test
    void the_credits_on_the_credential_count_not_todays_catalogue() {
        Progress progress = evaluate(certificate(), withCredits(credential("c-1", STATS), "4"));

        assertThat(progress.counted()).singleElement().extracting(CountedCredit::credits).isEqualTo(credits("4"));
        assertThat(progress.totalCredits()).isEqualTo(credits("4"));
    }
}
