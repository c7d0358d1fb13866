package org.credstack.issuance.credential;

import static org.credstack.issuance.credential.CredentialStatusTest.ISSUER_ID;
import static org.credstack.issuance.credential.CredentialStatusTest.REVOCATION;
import static org.credstack.issuance.credential.CredentialStatusTest.SUSPENSION;
import static org.credstack.issuance.credential.CredentialStatusTest.revoked;
import static org.credstack.issuance.credential.CredentialStatusTest.suspended;
import static org.credstack.issuance.credential.CredentialTest.ACHIEVEMENT;
import static org.credstack.issuance.credential.CredentialTest.ID;
import static org.credstack.issuance.credential.CredentialTest.ISSUER;
import static org.credstack.issuance.credential.CredentialTest.NOW;
import static org.credstack.issuance.credential.CredentialTest.REF;
import static org.credstack.issuance.credential.CredentialTest.SIGNED;
import static org.credstack.issuance.credential.CredentialTest.rule;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.issuance.credential.domain.Credential;
import org.credstack.issuance.credential.domain.ExpireCredential;
import org.credstack.issuance.credential.domain.ReinstateCredential;
import org.credstack.issuance.credential.domain.ReplaceCredential;
import org.credstack.issuance.credential.domain.RevokeCredential;
import org.credstack.issuance.credential.domain.SuspendCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expiry at validUntil and amendment by re-issue. */
class CredentialLifecycleTest {

    static final Instant UNTIL = NOW.plusSeconds(3600);
    static final String SUCCESSOR = "4c1e9b2f-7a3d-4f0b-8e6a-1c5d2e3f4a5b";

    private AggregateTestFixture<Credential> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Credential.class);
    }

    static CredentialIssued issuedUntil(Instant validUntil) {
        return new CredentialIssued(ID, ISSUER_ID, "ach-1", 1, REF, NOW, NOW, validUntil, SIGNED, "h.p.s",
                ACHIEVEMENT, ISSUER, List.of(REVOCATION, SUSPENSION), null, null, null);
    }

    static CredentialExpired expired() {
        return new CredentialExpired(ID, ISSUER_ID, REF, UNTIL);
    }

    static CredentialReplaced replaced() {
        return new CredentialReplaced(ID, ISSUER_ID, REF, SUCCESSOR, "name corrected");
    }

    @Test
    void a_credential_expires_at_its_valid_until() {
        fixture.given(issuedUntil(UNTIL))
                .when(new ExpireCredential(ID, UNTIL.plusSeconds(5)))
                .expectEvents(expired());
    }

    @Test
    void expiring_before_valid_until_is_rejected() {
        fixture.given(issuedUntil(UNTIL))
                .when(new ExpireCredential(ID, UNTIL.minusSeconds(1)))
                .expectNoEvents()
                .expectException(rule("credential-not-yet-expired"));
    }

    @Test
    void expiring_twice_records_one_expiry() {
        fixture.given(issuedUntil(UNTIL), expired())
                .when(new ExpireCredential(ID, UNTIL.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_credential_without_valid_until_never_expires() {
        fixture.given(issuedUntil(null))
                .when(new ExpireCredential(ID, UNTIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_revoked_credential_does_not_expire() {
        fixture.given(issuedUntil(UNTIL), revoked())
                .when(new ExpireCredential(ID, UNTIL.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_suspended_credential_still_expires() {
        fixture.given(issuedUntil(UNTIL), suspended())
                .when(new ExpireCredential(ID, UNTIL))
                .expectEvents(expired());
    }

    @Test
    void an_expired_credential_can_no_longer_be_suspended_or_reinstated() {
        fixture.given(issuedUntil(UNTIL), expired())
                .when(new SuspendCredential(ID, "investigation", null))
                .expectNoEvents()
                .expectException(rule("credential-expired"));
        fixture.given(issuedUntil(UNTIL), suspended(), expired())
                .when(new ReinstateCredential(ID, null))
                .expectNoEvents()
                .expectException(rule("credential-expired"));
    }

    @Test
    void an_expired_credential_can_still_be_revoked() {
        fixture.given(issuedUntil(UNTIL), expired())
                .when(new RevokeCredential(ID, "plagiarism", NOW.plusSeconds(60), null))
                .expectEvents(revoked());
    }

    @Test
    void replacing_a_credential_records_its_successor_and_reason() {
        fixture.given(issuedUntil(UNTIL))
                .when(new ReplaceCredential(ID, SUCCESSOR, "name corrected", null))
                .expectEvents(replaced());
    }

    @Test
    void replacing_without_a_reason_is_rejected() {
        fixture.given(issuedUntil(UNTIL))
                .when(new ReplaceCredential(ID, SUCCESSOR, "", null))
                .expectNoEvents()
                .expectException(rule("reason-required"));
    }

    @Test
    void a_revoked_or_replaced_credential_cannot_be_replaced() {
        fixture.given(issuedUntil(UNTIL), revoked())
                .when(new ReplaceCredential(ID, SUCCESSOR, "name corrected", null))
                .expectNoEvents()
                .expectException(rule("credential-revoked"));
        fixture.given(issuedUntil(UNTIL), replaced())
                .when(new ReplaceCredential(ID, SUCCESSOR, "again", null))
                .expectNoEvents()
                .expectException(rule("credential-revoked"));
    }

    @Test
    void a_replaced_credential_is_final() {
        fixture.given(issuedUntil(UNTIL), replaced())
                .when(new RevokeCredential(ID, "plagiarism", NOW.plusSeconds(60), null))
                .expectNoEvents()
                .expectException(rule("credential-already-revoked"));
        fixture.given(issuedUntil(UNTIL), replaced())
                .when(new SuspendCredential(ID, "investigation", null))
                .expectNoEvents()
                .expectException(rule("credential-revoked"));
        fixture.given(issuedUntil(UNTIL), replaced())
                .when(new ExpireCredential(ID, UNTIL.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
