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
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.EventMetadata;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.issuance.credential.CredentialFixtures;
import org.credstack.issuance.credential.award.AwardFixtures.Institution;
import org.credstack.issuance.credential.award.application.AwardCredentialIds;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.recipient.RecipientRecord;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.testing.Ob30Schema;
import org.junit.jupiter.api.Test;

/** AwardRequested on credstack.recognition.v1, as recognition publishes it, and what issuance makes of it. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class AwardIssuanceTest {

    @Inject
    RecipientRefs refs;
    @Inject
    MockMailbox mailbox;

    @Test
    void an_award_delivered_again_and_again_issues_one_credential_naming_the_award_and_its_components()
            throws Exception {
        Institution university = institution();
        Institution other = institution();
        String learner = refs.of(university.email());
        AwardRequested request = award(university.issuerId(), university.qualification(),
                List.of(refs.of("never." + UUID.randomUUID() + "@student.example"), learner),
                List.of(university.componentCredentialId(), other.componentCredentialId()));
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(UUID.randomUUID().toString(), request,
                new EventMetadata(university.issuerId(), "recognition", "corr-" + request.awardId(),
                        UUID.randomUUID().toString(), Instant.now()), 0);

        KafkaTestClient.publish(record);
        KafkaTestClient.publish(record); // the same record twice, as an at-least-once producer may
        publish(request, university.issuerId(), 1); // and under a later sequence, as a replay of the stream would
        JsonNode row = awaitState(university.issuerId(), request.awardId(), "ISSUED");
        awaitApplied(request.awardId(), 1);

        String credentialId = AwardCredentialIds.of(request.awardId());
        assertThat(row.get("credentialId").asText()).isEqualTo(credentialId);
        assertThat(awaitState(university.issuerId(), request.awardId(), "ISSUED").get("updatedAt"))
                .isEqualTo(row.get("updatedAt"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> CredentialRecord.count("issuerId = ?1 and "
                + "achievementId = ?2", university.issuerId(), university.qualification()))).isEqualTo(1);
        List<Object> events = issuanceEvents(credentialId, 1);
        assertThat(events).hasSize(1);
        CredentialIssued issued = (CredentialIssued) events.get(0);
        assertThat(issued.awardId()).isEqualTo(request.awardId());
        assertThat(issued.achievementId()).isEqualTo(university.qualification());
        assertThat(issued.recipientRef()).isEqualTo(learner);
        assertThat(issued.credential().get("id").asText()).isEqualTo("urn:uuid:" + credentialId);

        JsonNode evidence = issued.credential().get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).get("id").asText()).isEqualTo("urn:uuid:" + university.componentCredentialId());
        assertThat(evidence.get(0).get("type").get(0).asText()).isEqualTo("Evidence");
        assertThat(evidence.get(0).get("name").asText()).isEqualTo(AwardFixtures.COMPONENT_NAME);
        assertThat(evidence.get(1).get("id").asText()).isEqualTo("urn:uuid:" + other.componentCredentialId());
        assertThat(evidence.get(1).get("name").asText()).as("another institution's credential is not described")
                .isEqualTo("Counted credential");
        assertThat(Ob30Schema.validate(issued.credential())).isEmpty();
        assertThat(DataIntegrityVerifier.bundled().verify(issued.credential(),
                CredentialFixtures.keysOf(CredentialFixtures.didDocument(university.issuerId()))).valid()).isTrue();

        List<Mail> mails = await().atMost(Duration.ofSeconds(60)).until(
                () -> mailbox.getMailsSentTo(university.email()), sent -> sent != null && sent.stream()
                        .anyMatch(mail -> mail.getSubject().contains(AwardFixtures.QUALIFICATION_NAME)));
        assertThat(mails).filteredOn(mail -> mail.getText().contains(credentialId)).hasSize(1);
    }

    /** The address only: the learner id and display name are the other institution's records of the learner. */
    @Test
    void an_award_of_an_issuer_that_never_issued_to_the_learner_goes_to_the_address_another_issuer_holds() {
        Institution university = institution();
        Institution other = institution();
        String learner = refs.of(other.email());
        AwardRequested request = award(university.issuerId(), university.qualification(), List.of(learner),
                List.of(other.componentCredentialId()));

        publish(request, university.issuerId(), 0);

        awaitState(university.issuerId(), request.awardId(), "ISSUED");
        CredentialIssued issued = (CredentialIssued) issuanceEvents(AwardCredentialIds.of(request.awardId()), 1)
                .get(0);
        assertThat(issued.recipientRef()).isEqualTo(learner);
        assertThat(issued.issuerId()).isEqualTo(university.issuerId());
        RecipientRecord recipient = QuarkusTransaction.requiringNew().call(
                () -> RecipientRecord.findById(new RecipientRecord.Key(learner, university.issuerId())));
        assertThat(recipient.email).isEqualTo(other.email());
        assertThat(recipient.learnerId).isNull();
        assertThat(recipient.displayName).isNull();
    }

    @Test
    void an_award_for_a_learner_whose_address_is_not_held_fails_with_the_reason() {
        Institution university = institution();
        AwardRequested request = award(university.issuerId(), university.qualification(),
                List.of(refs.of("unknown." + UUID.randomUUID() + "@student.example")), List.of());

        publish(request, university.issuerId(), 0);

        JsonNode row = awaitState(university.issuerId(), request.awardId(), "FAILED");
        assertThat(row.get("reason").asText()).startsWith("recipient-unknown: ").doesNotContain("@");
        assertThat(row.get("credentialId").isNull()).isTrue();
        assertNotIssued(request);
    }

    @Test
    void an_award_of_another_institutions_achievement_fails_with_the_reason() {
        Institution university = institution();
        Institution other = institution();
        AwardRequested request = award(university.issuerId(), other.qualification(),
                List.of(refs.of(university.email())), List.of(university.componentCredentialId()));

        publish(request, university.issuerId(), 0);

        assertThat(awaitState(university.issuerId(), request.awardId(), "FAILED").get("reason").asText())
                .startsWith("achievement-not-found: ");
        assertNotIssued(request);
    }

    @Test
    void an_award_of_an_achievement_never_published_fails_with_the_reason() {
        Institution university = institution();
        String draft = AwardFixtures.draft(university.admin(), "Unfinished Certificate", "Certificate");
        AwardRequested request = award(university.issuerId(), draft, List.of(refs.of(university.email())),
                List.of(university.componentCredentialId()));

        publish(request, university.issuerId(), 0);

        assertThat(awaitState(university.issuerId(), request.awardId(), "FAILED").get("reason").asText())
                .startsWith("achievement-version-not-issuable: ");
        assertNotIssued(request);
    }

    private static void assertNotIssued(AwardRequested request) {
        String credentialId = AwardCredentialIds.of(request.awardId());
        CredentialRecord credential = QuarkusTransaction.requiringNew()
                .call(() -> CredentialRecord.findById(credentialId));
        assertThat(credential).isNull();
    }
}
