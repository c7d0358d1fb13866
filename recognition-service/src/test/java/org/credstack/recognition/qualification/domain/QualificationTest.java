package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.DomainRuleViolation.Kind;
import org.credstack.platform.domain.NotFound;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QualificationTest {

    static final String ID = QUALIFICATION;
    static final QualificationDefinition V1 = certificate();
    static final QualificationDefinition V2 = definition("25", certificate().rules());
    static final Instant T1 = Instant.parse("2026-01-15T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-09-01T09:00:00Z");

    private AggregateTestFixture<Qualification> fixture;

    static Matcher<Throwable> violation(String rule, Kind kind) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return e instanceof DomainRuleViolation v && v.rule().equals(rule) && v.kind() == kind;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainRuleViolation " + kind + " of rule " + rule);
            }
        };
    }

    static QualificationPublished published(int version, QualificationDefinition d) {
        return new QualificationPublished(ID, ISSUER, version, d.name(), d.targetAchievementId(),
                d.creditsRequired(), d.awardPolicy(), RulesJson.toJson(d.rules()));
    }

    static Object[] version1PublishedAt(Instant at) {
        return new Object[] {new QualificationDefined(ID, ISSUER, 1, V1), published(1, V1),
                new QualificationVersionTookEffect(ID, 1, at)};
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Qualification.class);
    }

    @Test
    void defining_a_qualification_opens_version_1_as_a_draft() {
        fixture.givenNoPriorActivity()
                .when(new DefineQualification(ID, ISSUER, V1))
                .expectEvents(new QualificationDefined(ID, ISSUER, 1, V1));
    }

    @Test
    void revising_the_draft_revises_that_version() {
        fixture.given(new QualificationDefined(ID, ISSUER, 1, V1))
                .when(new ReviseQualification(ID, ISSUER, V2, null))
                .expectEvents(new QualificationRevised(ID, ISSUER, 1, V2));
    }

    @Test
    void a_revision_that_changes_nothing_records_nothing() {
        fixture.given(new QualificationDefined(ID, ISSUER, 1, V1))
                .when(new ReviseQualification(ID, ISSUER, certificate(), null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void publishing_the_draft_publishes_the_contract_event_and_when_it_took_effect() {
        fixture.given(new QualificationDefined(ID, ISSUER, 1, V1))
                .when(new PublishQualification(ID, ISSUER, T1, null))
                .expectEvents(published(1, V1), new QualificationVersionTookEffect(ID, 1, T1));
    }

    @Test
    void revising_a_published_qualification_opens_version_2_as_a_draft() {
        fixture.given(version1PublishedAt(T1))
                .when(new ReviseQualification(ID, ISSUER, V2, null))
                .expectEvents(new QualificationRevised(ID, ISSUER, 2, V2));
    }

    @Test
    void publishing_version_2_publishes_its_own_rules() {
        fixture.given(version1PublishedAt(T1))
                .andGiven(new QualificationRevised(ID, ISSUER, 2, V2))
                .when(new PublishQualification(ID, ISSUER, T2, null))
                .expectEvents(published(2, V2), new QualificationVersionTookEffect(ID, 2, T2));
    }

    @Test
    void publishing_twice_conflicts() {
        fixture.given(version1PublishedAt(T1))
                .when(new PublishQualification(ID, ISSUER, T2, null))
                .expectException(violation("no-draft-to-publish", Kind.CONFLICT)).expectNoEvents();
    }

    @Test
    void a_version_cannot_take_effect_before_the_previous_one() {
        fixture.given(version1PublishedAt(T2))
                .andGiven(new QualificationRevised(ID, ISSUER, 2, V2))
                .when(new PublishQualification(ID, ISSUER, T1, null))
                .expectException(violation("publication-out-of-order", Kind.CONFLICT)).expectNoEvents();
    }

    @Test
    void another_institution_cannot_touch_the_qualification() {
        fixture.given(new QualificationDefined(ID, ISSUER, 1, V1))
                .when(new PublishQualification(ID, "other-college", T1, null))
                .expectException(NotFound.class).expectNoEvents();
        fixture.given(new QualificationDefined(ID, ISSUER, 1, V1))
                .when(new ReviseQualification(ID, "other-college", V2, null))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void the_version_in_force_at_an_instant_is_the_last_published_by_then() {
        fixture.given(version1PublishedAt(T1))
                .andGiven(new QualificationRevised(ID, ISSUER, 2, V2), published(2, V2),
                        new QualificationVersionTookEffect(ID, 2, T2))
                .andGiven(new QualificationRevised(ID, ISSUER, 3, V1))
                .when(new ReviseQualification(ID, ISSUER, V1, null))
                .expectNoEvents()
                .expectState(q -> {
                    assertThat(q.versionInForceAt(T1.minusSeconds(1))).isEmpty();
                    assertThat(q.versionInForceAt(T1)).contains(new QualificationVersion(1, V1, T1));
                    assertThat(q.versionInForceAt(T2.minusSeconds(1))).contains(new QualificationVersion(1, V1, T1));
                    assertThat(q.versionInForceAt(T2)).contains(new QualificationVersion(2, V2, T2));
                    assertThat(q.versionInForceAt(T2.plusSeconds(86_400 * 365L)))
                            .contains(new QualificationVersion(2, V2, T2)); // a draft is never in force
                });
    }

    @Test
    void published_versions_answer_in_publication_order() {
        PublishedVersions versions = PublishedVersions.NONE.with(new QualificationVersion(1, V1, T1))
                .with(new QualificationVersion(2, V2, T2));

        assertThat(versions.latest()).contains(new QualificationVersion(2, V2, T2));
        assertThat(versions.versions()).extracting(QualificationVersion::version).isEqualTo(List.of(1, 2));
        assertThat(PublishedVersions.NONE.inForceAt(T2)).isEmpty();
    }
}
