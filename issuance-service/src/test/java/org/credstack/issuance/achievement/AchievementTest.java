package org.credstack.issuance.achievement;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.events.issuance.Skill;
import org.credstack.issuance.achievement.domain.Achievement;
import org.credstack.issuance.achievement.domain.AchievementDefinition;
import org.credstack.issuance.achievement.domain.AchievementDraftRevised;
import org.credstack.issuance.achievement.domain.AchievementDrafted;
import org.credstack.issuance.achievement.domain.AchievementType;
import org.credstack.issuance.achievement.domain.DraftAchievement;
import org.credstack.issuance.achievement.domain.FormOfParticipation;
import org.credstack.issuance.achievement.domain.PublishAchievement;
import org.credstack.issuance.achievement.domain.RetireAchievement;
import org.credstack.issuance.achievement.domain.ReviseAchievement;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AchievementTest {

    static final String ID = "3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10";
    static final String ISSUER = "demo-university";
    static final Skill SKILL = new Skill("http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11",
            "v1.2.0", "analyse data");
    static final AchievementDefinition V1 = definition("Data Literacy", new BigDecimal("3.5"), 5);
    static final AchievementDefinition V2 = definition("Data Literacy (2027)", new BigDecimal("4"), 5);

    private AggregateTestFixture<Achievement> fixture;

    static AchievementDefinition definition(String name, BigDecimal credits, Integer eqf) {
        return new AchievementDefinition(name, "Reading and presenting data in policy work.",
                "Pass the final assessment with at least 60%.", AchievementType.MicroCredential,
                List.of("Interpret descriptive statistics"), credits, 90, eqf, List.of(SKILL),
                "Supervised online written exam", FormOfParticipation.ONLINE, "None", "NVAO institutional QA",
                null, Period.ofYears(2), true);
    }

    static AchievementDefinition withType(AchievementDefinition d, AchievementType type) {
        return new AchievementDefinition(d.name(), d.description(), d.criteria(), type, d.learningOutcomes(),
                d.creditsAvailable(), d.workloadHours(), d.eqfLevel(), d.skills(), d.assessmentType(),
                d.formOfParticipation(), d.prerequisites(), d.qualityAssurance(), d.imageUrl(), d.validity(),
                d.suspensionAllowed());
    }

    static Matcher<Throwable> rule(String name) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return e instanceof DomainRuleViolation v && v.rule().equals(name);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainRuleViolation of rule " + name);
            }
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Achievement.class);
    }

    @Test
    void drafting_an_achievement_opens_version_1_as_a_draft() {
        fixture.givenNoPriorActivity()
                .when(new DraftAchievement(ID, ISSUER, V1))
                .expectEvents(new AchievementDrafted(ID, ISSUER, 1, V1));
    }

    @Test
    void an_eqf_level_outside_1_to_8_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new DraftAchievement(ID, ISSUER, definition("X", null, 9)))
                .expectException(rule("eqf-level-out-of-range")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DraftAchievement(ID, ISSUER, definition("X", null, 0)))
                .expectException(rule("eqf-level-out-of-range"));
    }

    @Test
    void credits_must_be_zero_or_more_with_at_most_two_decimals() {
        fixture.givenNoPriorActivity()
                .when(new DraftAchievement(ID, ISSUER, definition("X", new BigDecimal("-1"), 5)))
                .expectException(rule("ects-credits-invalid"));
        fixture.givenNoPriorActivity()
                .when(new DraftAchievement(ID, ISSUER, definition("X", new BigDecimal("1.125"), 5)))
                .expectException(rule("ects-credits-invalid"));
        fixture.givenNoPriorActivity()
                .when(new DraftAchievement(ID, ISSUER, definition("X", new BigDecimal("7.50"), 5)))
                .expectEvents(new AchievementDrafted(ID, ISSUER, 1, definition("X", new BigDecimal("7.5"), 5)));
    }

    @Test
    void a_skill_must_be_an_esco_skill_uri_with_its_esco_version() {
        AchievementDefinition notEsco = new AchievementDefinition("X", null, null, AchievementType.Badge, null,
                null, null, null, List.of(new Skill("https://example.org/skill/1", "v1.2.0", null)), null, null,
                null, null, null, null, false);
        fixture.givenNoPriorActivity().when(new DraftAchievement(ID, ISSUER, notEsco))
                .expectException(rule("esco-skill-uri-invalid"));
        AchievementDefinition noVersion = new AchievementDefinition("X", null, null, AchievementType.Badge, null,
                null, null, null, List.of(new Skill(SKILL.uri(), null, null)), null, null, null, null, null, null,
                false);
        fixture.givenNoPriorActivity().when(new DraftAchievement(ID, ISSUER, noVersion))
                .expectException(rule("esco-version-invalid"));
    }

    @Test
    void an_achievement_needs_a_name_and_an_ob_type() {
        fixture.givenNoPriorActivity().when(new DraftAchievement(ID, ISSUER, definition(" ", null, null)))
                .expectException(rule("achievement-name-required"));
        fixture.givenNoPriorActivity().when(new DraftAchievement(ID, ISSUER, withType(V1, null)))
                .expectException(rule("achievement-type-required"));
    }

    @Test
    void a_validity_period_must_be_positive() {
        AchievementDefinition zero = new AchievementDefinition("X", null, null, AchievementType.Badge, null, null,
                null, null, null, null, null, null, null, null, Period.ZERO, false);
        fixture.givenNoPriorActivity().when(new DraftAchievement(ID, ISSUER, zero))
                .expectException(rule("validity-not-positive"));
    }

    @Test
    void publishing_a_draft_publishes_version_1_with_its_snapshot() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1))
                .when(new PublishAchievement(ID, ISSUER, null))
                .expectEvents(new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()));
    }

    @Test
    void an_incomplete_micro_credential_cannot_be_published() {
        AchievementDefinition sketch = new AchievementDefinition("Sketch", "About data", "Pass",
                AchievementType.MicroCredential, null, null, null, null, null, null, null, null, null, null, null,
                false);
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, sketch))
                .when(new PublishAchievement(ID, ISSUER, null))
                .expectException(rule("achievement-incomplete"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                        "learningOutcomes, creditsAvailable or workloadHours, assessmentType, formOfParticipation, "
                                + "qualityAssurance"))
                .expectNoEvents();
    }

    @Test
    void a_badge_needs_only_description_and_criteria_to_be_published() {
        AchievementDefinition badge = new AchievementDefinition("Peer mentor", "Mentored first-years", "Mentor for a "
                + "semester", AchievementType.Badge, null, null, null, null, null, null, null, null, null, null,
                null, false);
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, badge))
                .when(new PublishAchievement(ID, ISSUER, null))
                .expectEvents(new AchievementPublished(ID, ISSUER, 1, badge.toSnapshot()));
    }

    @Test
    void editing_the_open_draft_revises_that_version() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1))
                .when(new ReviseAchievement(ID, ISSUER, V2, null))
                .expectEvents(new AchievementDraftRevised(ID, ISSUER, 1, V2));
    }

    @Test
    void an_edit_that_changes_nothing_records_nothing() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1))
                .when(new ReviseAchievement(ID, ISSUER, V1, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void editing_a_published_achievement_opens_the_next_version_as_a_draft() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()))
                .when(new ReviseAchievement(ID, ISSUER, V2, null))
                .expectEvents(new AchievementDrafted(ID, ISSUER, 2, V2));
    }

    @Test
    void publishing_the_next_version_increments_the_published_version() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()),
                        new AchievementDrafted(ID, ISSUER, 2, V2))
                .when(new PublishAchievement(ID, ISSUER, null))
                .expectEvents(new AchievementPublished(ID, ISSUER, 2, V2.toSnapshot()));
    }

    @Test
    void publishing_without_an_open_draft_is_rejected() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()))
                .when(new PublishAchievement(ID, ISSUER, null))
                .expectException(rule("no-draft-to-publish")).expectNoEvents();
    }

    @Test
    void retiring_retires_the_published_version() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()),
                        new AchievementDrafted(ID, ISSUER, 2, V2))
                .when(new RetireAchievement(ID, ISSUER, "Curriculum replaced", null))
                .expectEvents(new AchievementRetired(ID, ISSUER, 1, "Curriculum replaced"));
    }

    @Test
    void a_retired_achievement_cannot_be_published() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementRetired(ID, ISSUER, 1, "Never offered"))
                .when(new PublishAchievement(ID, ISSUER, null))
                .expectException(rule("achievement-retired")).expectNoEvents();
    }

    @Test
    void a_retired_achievement_cannot_be_edited() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()),
                        new AchievementRetired(ID, ISSUER, 1, "Curriculum replaced"))
                .when(new ReviseAchievement(ID, ISSUER, V2, null))
                .expectException(rule("achievement-retired")).expectNoEvents();
    }

    @Test
    void retiring_twice_is_rejected() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1),
                        new AchievementPublished(ID, ISSUER, 1, V1.toSnapshot()),
                        new AchievementRetired(ID, ISSUER, 1, "Curriculum replaced"))
                .when(new RetireAchievement(ID, ISSUER, "again", null))
                .expectException(rule("achievement-retired")).expectNoEvents();
    }

    @Test
    void another_issuer_cannot_touch_the_achievement() {
        fixture.given(new AchievementDrafted(ID, ISSUER, 1, V1))
                .when(new PublishAchievement(ID, "other-college", null))
                .expectException(NotFound.class).expectNoEvents();
    }
}
