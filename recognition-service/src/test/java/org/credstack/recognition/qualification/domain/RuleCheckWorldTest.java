package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Definitions that are well formed but can never be met, given what the catalogue and the graph say. */
class RuleCheckWorldTest {

    private final RuleCheck check = new RuleCheck(CATALOG, NO_QUALIFICATIONS);

    private static List<String> broken(RuleCheck check, QualificationDefinition definition) {
        return check.problems(QUALIFICATION, ISSUER, definition).stream().map(RuleProblem::rule).toList();
    }

    private static List<RuleProblem> problems(RuleCheck check, QualificationDefinition definition) {
        return check.problems(QUALIFICATION, ISSUER, definition);
    }

    private static QualificationDefinition requiring(String credits, Component... required) {
        return definition(credits, rules(List.of(required), List.of()));
    }

    private static QualificationDefinition capped(String creditsRequired, String share) {
        return definition(creditsRequired, new QualificationRules(certificate().rules().required(),
                certificate().rules().electiveGroups(), null, null, credits(share), null));
    }

    @Test
    void an_unknown_achievement_is_rejected() {
        assertThat(problems(check, requiring("5", Component.achievement("a-never-published")))).singleElement()
                .satisfies(p -> {
                    assertThat(p.rule()).isEqualTo("unknown-achievement");
                    assertThat(p.field()).isEqualTo("rules.required[0].achievementId");
                    assertThat(p.message()).isEqualTo("No published achievement has the id a-never-published");
                });
    }

    @Test
    void an_unknown_nested_qualification_is_rejected() {
        assertThat(broken(check, requiring("5", Component.qualification("q-nowhere"))))
                .containsExactly("unknown-qualification");
    }

    @Test
    void the_awarded_achievement_must_be_a_published_one_of_the_institution() {
        QualificationDefinition unpublished = new QualificationDefinition("Cert", "a-draft-only", credits("5"),
                certificate().awardPolicy(), certificate().rules());
        assertThat(broken(check, unpublished)).containsExactly("unknown-achievement");
        QualificationDefinition partners = new QualificationDefinition("Cert", PARTNER_STATS, credits("5"),
                certificate().awardPolicy(), certificate().rules());
        assertThat(broken(check, partners)).containsExactly("target-not-own-achievement");
    }

    @Test
    void a_component_below_the_eqf_minimum_is_rejected() {
        QualificationDefinition definition = definition("10", new QualificationRules(
                List.of(Component.achievement(STATS), Component.achievement(INTRO)), List.of(), 6, null, null, null));
        assertThat(problems(check, definition)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("eqf-unreachable");
            assertThat(p.message()).isEqualTo("'Introduction to Computing' is at EQF level 5, below the minimum of 6 "
                    + "that applies to it: none of its credentials could ever count");
        });
    }

    @Test
    void a_component_may_lower_the_eqf_minimum_for_itself() {
        QualificationDefinition definition = definition("10", new QualificationRules(
                List.of(Component.achievement(STATS), Component.achievement(INTRO).withMinEqfLevel(5)), List.of(), 6,
                null, null, null));
        assertThat(broken(check, definition)).isEmpty();
    }

    @Test
    void a_group_asking_more_credits_than_its_components_carry_is_rejected() {
        QualificationDefinition definition = definition("10", rules(List.of(), List.of(ElectiveGroup.minCredits(
                "Data electives", credits("12.5"), List.of(Component.achievement(ML), Component.achievement(VIS))))));
        assertThat(problems(check, definition)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("elective-group-unsatisfiable");
            assertThat(p.field()).isEqualTo("rules.electiveGroups[0].minCredits");
            assertThat(p.message()).isEqualTo("Elective group 'Data electives' asks for 12.5 credits, but its "
                    + "components carry at most 10.0");
        });
    }

    @Test
    void an_accepted_equivalent_worth_more_can_make_a_group_minimum_reachable() {
        ElectiveGroup group = ElectiveGroup.minCredits("Data electives", credits("11"),
                List.of(Component.achievement(ML), Component.achievement(STATS)));
        QualificationDefinition definition = definition("10", new QualificationRules(List.of(), List.of(group),
                null, null, null, List.of(new AcceptedEquivalent(PARTNER, PARTNER_STATS, STATS, credits("6")))));
        assertThat(broken(check, definition)).isEmpty();
    }

    @Test
    void credits_required_beyond_the_components_and_the_rpl_share_are_rejected() {
        assertThat(problems(check, capped("30", "0.1"))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("credits-unreachable");
            assertThat(p.message()).isEqualTo("30.0 credits are required, but the components carry at most 25.0 "
                    + "and RPL and credit transfer may add at most 3.0 (maxRplShare 0.1)");
        });
    }

    @Test
    void the_rpl_share_can_supply_credits_the_components_lack() {
        assertThat(broken(check, capped("30", "0.2"))).isEmpty();
    }

    @Test
    void without_an_rpl_cap_rpl_can_supply_any_remainder() {
        assertThat(broken(check, definition("60", certificate().rules()))).isEmpty();
    }

    @Test
    void a_qualification_including_itself_is_rejected() {
        assertThat(problems(check, requiring("5", Component.qualification(QUALIFICATION)))).singleElement()
                .satisfies(p -> {
                    assertThat(p.rule()).isEqualTo("component-cycle");
                    assertThat(p.message()).isEqualTo("'Certificate in Data Science' cannot include itself");
                });
    }

    @Test
    void a_qualification_including_itself_through_nested_ones_is_rejected() {
        RuleCheck withGraph = new RuleCheck(CATALOG, graph(Map.of(
                "q-diploma", nested("Diploma in Data", "60", "q-bridge", "q-unrelated"),
                "q-bridge", nested("Bridging Programme", "10", QUALIFICATION),
                "q-unrelated", nested("Unrelated", "10"))));
        assertThat(problems(withGraph, requiring("5", Component.qualification("q-diploma")))).singleElement()
                .satisfies(p -> {
                    assertThat(p.rule()).isEqualTo("component-cycle");
                    assertThat(p.field()).isEqualTo("rules.required[0]");
                    assertThat(p.message()).isEqualTo("'Certificate in Data Science' would include itself: "
                            + "'Certificate in Data Science' → 'Diploma in Data' → 'Bridging Programme' → "
                            + "'Certificate in Data Science'");
                });
    }

    @Test
    void a_cycle_elsewhere_in_the_graph_neither_hangs_nor_blames_this_qualification() {
        RuleCheck withGraph = new RuleCheck(CATALOG, graph(Map.of(
                "q-a", nested("A", "5", "q-b"), "q-b", nested("B", "5", "q-a"))));
        assertThat(broken(withGraph, requiring("5", Component.qualification("q-a")))).isEmpty();
    }

    @Test
    void a_nested_qualification_counts_for_its_credits_required() {
        RuleCheck withGraph = new RuleCheck(CATALOG, graph(Map.of("q-cert", nested("Certificate", "15"))));
        QualificationDefinition diploma = new QualificationDefinition("Diploma", TARGET, credits("20"),
                certificate().awardPolicy(), new QualificationRules(List.of(Component.qualification("q-cert"),
                Component.achievement(SQL)), List.of(), null, null, credits("0.2"), null));
        assertThat(broken(withGraph, diploma)).isEmpty(); // 15 + 2.5 + 20% of 20
    }

    @Test
    void an_accepted_equivalent_must_name_the_institution_that_publishes_it() {
        QualificationDefinition definition = definition("20", new QualificationRules(
                certificate().rules().required(), certificate().rules().electiveGroups(), null, null, null,
                List.of(new AcceptedEquivalent("someone-else", PARTNER_STATS, STATS, credits("5")))));
        assertThat(broken(check, definition)).containsExactly("equivalent-issuer-mismatch");
    }
}
