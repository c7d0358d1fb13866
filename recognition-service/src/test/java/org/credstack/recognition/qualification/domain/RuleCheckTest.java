package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.util.List;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.DomainRuleViolation.Kind;
import org.junit.jupiter.api.Test;

/** Definitions that make no sense on their own, whatever the catalogue says. */
class RuleCheckTest {

    private final RuleCheck check = new RuleCheck(CATALOG, NO_QUALIFICATIONS);

    private List<String> broken(QualificationDefinition definition) {
        return check.problems(QUALIFICATION, ISSUER, definition).stream().map(RuleProblem::rule).toList();
    }

    private static QualificationDefinition withGroup(ElectiveGroup group) {
        return definition("10", rules(List.of(Component.achievement(STATS)), List.of(group)));
    }

    private static QualificationDefinition withRules(Integer minEqf, Integer recency, String share) {
        return definition("20", new QualificationRules(certificate().rules().required(),
                certificate().rules().electiveGroups(), minEqf, recency, share == null ? null : credits(share), null));
    }

    @Test
    void a_well_formed_certificate_has_no_problems() {
        assertThat(check.problems(QUALIFICATION, ISSUER, certificate())).isEmpty();
        check.requireValid(QUALIFICATION, ISSUER, certificate());
    }

    @Test
    void an_elective_group_choosing_more_than_it_has_is_rejected() {
        QualificationDefinition definition = withGroup(ElectiveGroup.choose("Data electives", 3,
                List.of(Component.achievement(ML), Component.achievement(VIS))));

        assertThatThrownBy(() -> check.requireValid(QUALIFICATION, ISSUER, definition))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("elective-group-unsatisfiable");
                    assertThat(v.kind()).isEqualTo(Kind.INVALID);
                })
                .hasMessage("Elective group 'Data electives' asks for 3 of 2 components");
        assertThat(check.problems(QUALIFICATION, ISSUER, definition)).extracting(RuleProblem::field)
                .containsExactly("rules.electiveGroups[0].choose");
    }

    @Test
    void an_elective_group_choosing_fewer_than_one_is_rejected() {
        assertThat(broken(withGroup(ElectiveGroup.choose("Data electives", 0, List.of(Component.achievement(ML))))))
                .containsExactly("elective-group-unsatisfiable");
    }

    @Test
    void an_elective_group_without_components_is_rejected() {
        assertThat(broken(withGroup(ElectiveGroup.choose("Data electives", 1, List.of()))))
                .containsExactly("elective-group-unsatisfiable");
    }

    @Test
    void an_elective_group_needs_choose_or_min_credits() {
        assertThat(broken(withGroup(new ElectiveGroup("Data electives", null, null,
                List.of(Component.achievement(ML)))))).containsExactly("elective-group-condition-missing");
    }

    @Test
    void elective_groups_need_a_name_each_of_their_own() {
        ElectiveGroup a = ElectiveGroup.choose("Electives", 1, List.of(Component.achievement(ML)));
        ElectiveGroup b = ElectiveGroup.choose("Electives", 1, List.of(Component.achievement(VIS)));
        ElectiveGroup unnamed = ElectiveGroup.choose(" ", 1, List.of(Component.achievement(ETHICS)));
        assertThat(broken(definition("10", rules(List.of(), List.of(a, b, unnamed)))))
                .containsExactly("duplicate-elective-group", "elective-group-name-required");
    }

    @Test
    void a_minimum_of_zero_credits_is_rejected() {
        assertThat(broken(withGroup(ElectiveGroup.minCredits("Data electives", credits("0"),
                List.of(Component.achievement(ML)))))).containsExactly("elective-group-min-credits-invalid");
    }

    @Test
    void rules_without_any_component_are_rejected() {
        assertThat(broken(definition("10", rules(List.of(), List.of())))).containsExactly("empty-rules");
        assertThat(broken(definition("10", null))).containsExactly("empty-rules");
    }

    @Test
    void a_component_listed_twice_is_rejected() {
        QualificationDefinition twice = withGroup(ElectiveGroup.choose("Data electives", 1,
                List.of(Component.achievement(ML), Component.achievement(STATS))));
        assertThat(check.problems(QUALIFICATION, ISSUER, twice)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("duplicate-component");
            assertThat(p.field()).isEqualTo("rules.electiveGroups[0].components[1]");
            assertThat(p.message()).startsWith("'Statistics' is listed twice (also at rules.required[0])");
        });
    }

    @Test
    void a_component_names_exactly_one_achievement_or_qualification() {
        assertThat(broken(definition("5", rules(List.of(new Component(STATS, "q-other", null)), List.of()))))
                .containsExactly("component-needs-one-target");
        assertThat(broken(definition("5", rules(List.of(new Component(null, null, 6)), List.of()))))
                .containsExactly("component-needs-one-target");
    }

    @Test
    void the_awarded_achievement_cannot_be_one_of_its_components() {
        assertThat(broken(definition("5", rules(List.of(Component.achievement(TARGET)), List.of()))))
                .containsExactly("target-is-component");
    }

    @Test
    void recency_of_zero_or_less_is_rejected() {
        assertThat(broken(withRules(null, 0, null))).containsExactly("recency-not-positive");
        assertThat(broken(withRules(null, -2, null))).containsExactly("recency-not-positive");
        assertThat(broken(withRules(null, 1, null))).isEmpty();
    }

    @Test
    void an_rpl_share_outside_0_to_1_is_rejected() {
        assertThat(broken(withRules(null, null, "1.5"))).containsExactly("rpl-share-out-of-range");
        assertThat(broken(withRules(null, null, "-0.1"))).containsExactly("rpl-share-out-of-range");
        assertThat(broken(withRules(null, null, "0"))).isEmpty();
        assertThat(broken(withRules(null, null, "1"))).isEmpty();
    }

    @Test
    void an_eqf_level_outside_1_to_8_is_rejected() {
        assertThat(broken(withRules(9, null, null))).containsExactly("eqf-level-out-of-range");
        assertThat(broken(definition("5", rules(List.of(Component.achievement(STATS).withMinEqfLevel(0)),
                List.of())))).containsExactly("eqf-level-out-of-range");
    }

    @Test
    void an_eqf_minimum_on_a_nested_qualification_is_rejected() {
        assertThat(broken(definition("5", rules(List.of(Component.qualification("q-other").withMinEqfLevel(6)),
                List.of())))).containsExactly("eqf-level-on-qualification");
    }

    @Test
    void a_definition_needs_a_name_a_target_credits_and_an_award_policy() {
        QualificationDefinition bare = new QualificationDefinition(" ", null, credits("-1"), null,
                certificate().rules());
        assertThat(broken(bare)).containsExactly("qualification-name-required", "target-achievement-required",
                "credits-required-invalid", "award-policy-required");
        assertThat(broken(new QualificationDefinition("X", TARGET, credits("1.125"), AwardPolicy.AUTOMATIC,
                certificate().rules()))).containsExactly("credits-required-invalid");
    }

    @Test
    void an_accepted_equivalent_must_stand_for_a_component_for_some_credits_once() {
        AcceptedEquivalent forVis = new AcceptedEquivalent(PARTNER, PARTNER_STATS, SQL, credits("5"));
        AcceptedEquivalent free = new AcceptedEquivalent(PARTNER, "p-other", STATS, credits("0"));
        AcceptedEquivalent good = new AcceptedEquivalent(PARTNER, "p-third", STATS, credits("5"));
        AcceptedEquivalent again = new AcceptedEquivalent(PARTNER, "p-third", PYTHON, credits("5"));
        AcceptedEquivalent incomplete = new AcceptedEquivalent(null, "p-fourth", STATS, credits("5"));
        QualificationDefinition definition = definition("20", new QualificationRules(
                certificate().rules().required(), certificate().rules().electiveGroups(), null, null, null,
                List.of(forVis, free, good, again, incomplete)));
        assertThat(broken(definition)).containsExactly("equivalent-for-unknown-component",
                "equivalent-credits-invalid", "duplicate-equivalent", "equivalent-incomplete");
    }

    @Test
    void the_catalogue_is_not_consulted_for_a_malformed_definition() {
        QualificationDefinition definition = withGroup(ElectiveGroup.choose("Data electives", 2,
                List.of(Component.achievement("a-unknown"))));
        assertThat(broken(definition)).containsExactly("elective-group-unsatisfiable");
    }
}
