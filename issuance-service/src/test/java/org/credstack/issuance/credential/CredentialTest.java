package org.credstack.issuance.credential;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.credential.domain.Credential;
import org.credstack.issuance.credential.domain.IssueCredential;
import org.credstack.platform.domain.DomainRuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialTest {

    static final String ID = "9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b";
    static final String REF = "a".repeat(64);
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final AchievementSnapshot ACHIEVEMENT = new AchievementSnapshot("Data Literacy", "Reading data.",
            "MicroCredential", new BigDecimal("3.5"), 90, 5, List.of(), List.of("Interpret statistics"), false,
            Period.ofYears(2));
    static final IssuerSnapshot ISSUER = new IssuerSnapshot("demo-university",
            "did:web:localhost%3A8081:issuers:demo-university", "Demo University", "https://demo.example");
    static final List<StatusEntry> STATUS = List.of(new StatusEntry(StatusPurpose.REVOCATION,
            "http://localhost:8081/status-lists/demo-university/revocation-1", "94567"));
    static final ObjectNode SIGNED = JsonNodeFactory.instance.objectNode().put("id", "urn:uuid:" + ID);

    private AggregateTestFixture<Credential> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Credential.class);
    }

    static IssueCredential issue(boolean issuable, Instant validFrom, Instant validUntil) {
        return new IssueCredential(ID, "demo-university", "ach-1", 1, issuable, REF, NOW, validFrom, validUntil,
                SIGNED, "h.p.s", ACHIEVEMENT, ISSUER, STATUS, null, null, null);
    }

    @Test
    void issuing_from_the_published_version_records_the_signed_credential_and_its_status_entries() {
        Instant until = NOW.plusSeconds(3600);
        fixture.givenNoPriorActivity()
                .when(issue(true, NOW, until))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CredentialIssued(ID, "demo-university", "ach-1", 1, REF, NOW, NOW, until, SIGNED,
                        "h.p.s", ACHIEVEMENT, ISSUER, STATUS, null, null, null));
    }

    @Test
    void a_credential_issued_for_an_award_names_the_award_in_its_event() {
        fixture.givenNoPriorActivity()
                .when(new IssueCredential(ID, "demo-university", "ach-1", 1, true, REF, NOW, NOW, null, SIGNED,
                        "h.p.s", ACHIEVEMENT, ISSUER, STATUS, null, null, "award-1"))
                .expectEvents(new CredentialIssued(ID, "demo-university", "ach-1", 1, REF, NOW, NOW, null, SIGNED,
                        "h.p.s", ACHIEVEMENT, ISSUER, STATUS, null, null, "award-1"));
    }

    @Test
    void a_credential_without_end_of_validity_is_issued() {
        fixture.givenNoPriorActivity()
                .when(issue(true, NOW, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void issuing_from_a_version_that_is_not_issuable_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(issue(false, NOW, null))
                .expectNoEvents()
                .expectException(rule("achievement-version-not-issuable"));
    }

    @Test
    void valid_until_before_valid_from_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(issue(true, NOW, NOW.minusSeconds(1)))
                .expectNoEvents()
                .expectException(rule("valid-until-after-valid-from"));
    }

    @Test
    void valid_until_equal_to_valid_from_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(issue(true, NOW, NOW))
                .expectNoEvents()
                .expectException(rule("valid-until-after-valid-from"));
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
}
