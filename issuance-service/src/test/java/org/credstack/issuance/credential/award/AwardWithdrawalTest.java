package org.credstack.issuance.credential.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.issuance.credential.award.AwardFixtures.award;
import static org.credstack.issuance.credential.award.AwardFixtures.awaitApplied;
import static org.credstack.issuance.credential.award.AwardFixtures.awaitState;
import static org.credstack.issuance.credential.award.AwardFixtures.institution;
import static org.credstack.issuance.credential.award.AwardFixtures.issuanceEvents;
import static org.credstack.issuance.credential.award.AwardFixtures.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.issuance.credential.CredentialFixtures;
import org.credstack.issuance.credential.award.AwardFixtures.Institution;
import org.credstack.issuance.credential.award.application.AwardCredentialIds;
import org.credstack.issuance.credential.award.application.AwardWorker;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.credstack.platform.recipient.RecipientRefs;
import org.junit.jupiter.api.Test;

/** AwardWithdrawalRequested: an issued award's credential is revoked, a pending one is cancelled, once. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class AwardWithdrawalTest {

    static final String REASON = "a counted credential was revoked";

    @Inject
    RecipientRefs refs;
    @Inject
    AwardWorker worker;

    @Test
    void withdrawing_an_issued_award_revokes_its_credential_once_with_the_reason() throws Exception {
        Institution university = institution();
        AwardRequested request = award(university.issuerId(), university.qualification(),
                List.of(refs.of(university.email())), List.of(university.componentCredentialId()));
        publish(request, university.issuerId(), 0);
        String credentialId = awaitState(university.issuerId(), request.awardId(), "ISSUED").get("credentialId")
                .asText();
        CredentialIssued issued = (CredentialIssued) issuanceEvents(credentialId, 1).get(0);

        AwardWithdrawalRequested withdrawal = new AwardWithdrawalRequested(request.awardId(),
                university.issuerId(), credentialId, REASON);
        publish(withdrawal, university.issuerId(), 1);

        JsonNode row = awaitState(university.issuerId(), request.awardId(), "REVOKED");
        assertThat(row.get("withdrawalReason").asText()).isEqualTo(REASON);
        QuarkusTransaction.requiringNew().run(() -> {
            CredentialRecord credential = CredentialRecord.findById(credentialId);
            assertThat(credential.status).isEqualTo(CredentialStatus.REVOKED);
            assertThat(credential.statusReason).isEqualTo(REASON);
        });
        JsonNode revocation = issued.credential().get("credentialStatus");
        await().atMost(Duration.ofSeconds(60)).until(() -> CredentialFixtures.statusBit(revocation));
        List<Object> events = issuanceEvents(credentialId, 2);
        assertThat(events).filteredOn(CredentialRevoked.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CredentialRevoked) e).reason()).isEqualTo(REASON));

        publish(withdrawal, university.issuerId(), 2); // redelivered under a later sequence, as in a replay
        awaitApplied(request.awardId(), 2);
        assertThat(awaitState(university.issuerId(), request.awardId(), "REVOKED").get("updatedAt"))
                .isEqualTo(row.get("updatedAt"));
        assertThat(issuanceEvents(credentialId, 2)).filteredOn(CredentialRevoked.class::isInstance).hasSize(1);
    }

    @Test
    void withdrawing_an_award_before_it_is_issued_cancels_it_and_a_late_redelivery_issues_nothing() {
        Institution university = institution();
        AwardRequested request = award(university.issuerId(), university.qualification(),
                List.of(refs.of(university.email())), List.of(university.componentCredentialId()));
        worker.pause();
        try {
            publish(request, university.issuerId(), 0);
            awaitState(university.issuerId(), request.awardId(), "PENDING");
            publish(new AwardWithdrawalRequested(request.awardId(), university.issuerId(), null, REASON),
                    university.issuerId(), 1);
            JsonNode row = awaitState(university.issuerId(), request.awardId(), "CANCELLED");
            assertThat(row.get("withdrawalReason").asText()).isEqualTo(REASON);
        } finally {
            worker.resume();
        }

        publish(request, university.issuerId(), 2);
        awaitApplied(request.awardId(), 2);
        assertThat(awaitState(university.issuerId(), request.awardId(), "CANCELLED").get("credentialId").isNull())
                .isTrue();
        assertNotIssued(request);
    }

    @Test
    void a_withdrawal_of_an_award_never_requested_is_remembered_so_that_a_late_request_issues_nothing() {
        Institution university = institution();
        AwardRequested request = award(university.issuerId(), university.qualification(),
                List.of(refs.of(university.email())), List.of(university.componentCredentialId()));

        publish(new AwardWithdrawalRequested(request.awardId(), university.issuerId(), null, REASON),
                university.issuerId(), 1);
        awaitState(university.issuerId(), request.awardId(), "CANCELLED");
        publish(request, university.issuerId(), 2);
        awaitApplied(request.awardId(), 2);

        JsonNode row = awaitState(university.issuerId(), request.awardId(), "CANCELLED");
        assertThat(row.get("targetAchievementId").isNull()).as("the request never took the place of the withdrawal")
                .isTrue();
        assertNotIssued(request);
    }

    private static void assertNotIssued(AwardRequested request) {
        String credentialId = AwardCredentialIds.of(request.awardId());
        CredentialRecord credential = QuarkusTransaction.requiringNew()
                .call(() -> CredentialRecord.findById(credentialId));
        assertThat(credential).isNull();
    }
}
