package org.credstack.issuance.credential;

import static org.credstack.issuance.credential.CredentialTest.ACHIEVEMENT;
import static org.credstack.issuance.credential.CredentialTest.ID;
import static org.credstack.issuance.credential.CredentialTest.ISSUER;
import static org.credstack.issuance.credential.CredentialTest.NOW;
import static org.credstack.issuance.credential.CredentialTest.REF;
import static org.credstack.issuance.credential.CredentialTest.SIGNED;
import static org.credstack.issuance.credential.CredentialTest.rule;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.credential.domain.Credential;
import org.credstack.issuance.credential.domain.ReinstateCredential;
import org.credstack.issuance.credential.domain.RevokeCredential;
import org.credstack.issuance.credential.domain.SuspendCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revocation, suspension and reinstatement of an issued credential. */
class CredentialStatusTest {

    static final String ISSUER_ID = "demo-university";
    static final StatusEntry REVOCATION = new StatusEntry(StatusPurpose.REVOCATION,
            "http://localhost:8081/status-lists/demo-university/revocation-1", "94567");
    static final StatusEntry SUSPENSION = new StatusEntry(StatusPurpose.SUSPENSION,
            "http://localhost:8081/status-lists/demo-university/suspension-1", "1203");

    private AggregateTestFixture<Credential> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Credential.class);
    }

    static CredentialIssued issued(boolean suspendable) {
        return new CredentialIssued(ID, ISSUER_ID, "ach-1", 1, REF, NOW, NOW, null, SIGNED, "h.p.s", ACHIEVEMENT,
                ISSUER, suspendable ? List.of(REVOCATION, SUSPENSION) : List.of(REVOCATION), null, null, null);
    }

    static CredentialRevoked revoked() {
        return new CredentialRevoked(ID, ISSUER_ID, REF, "plagiarism", NOW.plusSeconds(60));
    }

    static CredentialSuspended suspended() {
        return new CredentialSuspended(ID, ISSUER_ID, REF, "investigation");
    }

    @Test
    void revoking_an_active_credential_records_the_reason_and_time() {
        fixture.given(issued(false))
                .when(new RevokeCredential(ID, "plagiarism", NOW.plusSeconds(60), null))
                .expectEvents(revoked());
    }

    @Test
    void revoking_a_suspended_credential_is_allowed() {
        fixture.given(issued(true), suspended())
                .when(new RevokeCredential(ID, "plagiarism", NOW.plusSeconds(60), null))
                .expectEvents(revoked());
    }

    @Test
    void revoking_without_a_reason_is_rejected() {
        fixture.given(issued(false))
                .when(new RevokeCredential(ID, " ", NOW, null))
                .expectNoEvents()
                .expectException(rule("reason-required"));
    }

    @Test
    void revoking_a_revoked_credential_is_rejected() {
        fixture.given(issued(false), revoked())
                .when(new RevokeCredential(ID, "again", NOW.plusSeconds(120), null))
                .expectNoEvents()
                .expectException(rule("credential-already-revoked"));
    }

    @Test
    void suspending_where_the_achievement_allowed_it_records_the_reason() {
        fixture.given(issued(true))
                .when(new SuspendCredential(ID, "investigation", null))
                .expectEvents(suspended());
    }

    @Test
    void suspending_without_a_suspension_entry_is_rejected() {
        fixture.given(issued(false))
                .when(new SuspendCredential(ID, "investigation", null))
                .expectNoEvents()
                .expectException(rule("suspension-not-allowed"));
    }

    @Test
    void suspending_without_a_reason_is_rejected() {
        fixture.given(issued(true))
                .when(new SuspendCredential(ID, null, null))
                .expectNoEvents()
                .expectException(rule("reason-required"));
    }

    @Test
    void suspending_a_suspended_credential_is_rejected() {
        fixture.given(issued(true), suspended())
                .when(new SuspendCredential(ID, "again", null))
                .expectNoEvents()
                .expectException(rule("credential-already-suspended"));
    }

    @Test
    void suspending_a_revoked_credential_is_rejected() {
        fixture.given(issued(true), revoked())
                .when(new SuspendCredential(ID, "investigation", null))
                .expectNoEvents()
                .expectException(rule("credential-revoked"));
    }

    @Test
    void reinstating_a_suspended_credential_makes_it_active_again() {
        fixture.given(issued(true), suspended())
                .when(new ReinstateCredential(ID, null))
                .expectEvents(new CredentialReinstated(ID, ISSUER_ID, REF));
    }

    @Test
    void a_reinstated_credential_can_be_suspended_again() {
        fixture.given(issued(true), suspended(), new CredentialReinstated(ID, ISSUER_ID, REF))
                .when(new SuspendCredential(ID, "investigation", null))
                .expectEvents(suspended());
    }

    @Test
    void reinstating_an_active_credential_is_rejected() {
        fixture.given(issued(true))
                .when(new ReinstateCredential(ID, null))
                .expectNoEvents()
                .expectException(rule("credential-not-suspended"));
    }

    @Test
    void reinstating_a_revoked_credential_is_rejected() {
        fixture.given(issued(true), suspended(), revoked())
                .when(new ReinstateCredential(ID, null))
                .expectNoEvents()
                .expectException(rule("credential-revoked"));
    }
}
