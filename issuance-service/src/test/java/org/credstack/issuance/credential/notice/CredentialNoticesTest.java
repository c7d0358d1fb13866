package org.credstack.issuance.credential.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.issuance.achievement.AchievementFixtures;
import org.junit.jupiter.api.Test;

/** The mailer runs in mock mode here (as in the local stack): mails land in its mailbox instead of an SMTP server. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class CredentialNoticesTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    EntityManager em;

    @Test
    void the_recipient_is_told_by_email_with_a_link_to_the_wallet_sign_in() {
        String issuer = AchievementFixtures.registerIssuer();
        String admin = AchievementFixtures.token(issuer, "issuer-admin");
        String achievement = AchievementFixtures.as(admin).body(AchievementFixtures.microCredential())
                .post("/v1/achievements").then().statusCode(201).extract().path("id");
        AchievementFixtures.as(admin).post("/v1/achievements/" + achievement + "/publish").then().statusCode(200);
        String email = "notice." + UUID.randomUUID() + "@student.example";
        String credentialId = AchievementFixtures.as(admin).body(java.util.Map.of("achievementId", achievement,
                        "recipient", java.util.Map.of("email", email, "displayName", "Ada Lovelace")))
                .post("/v1/credentials").then().statusCode(201).extract().header("Location")
                .replaceAll(".*/", "");

        List<Mail> mails = await().atMost(Duration.ofSeconds(60)).until(() -> mailbox.getMailsSentTo(email),
                sent -> sent != null && !sent.isEmpty());
        assertThat(mails).hasSize(1);
        Mail mail = mails.get(0);
        assertThat(mail.getSubject()).contains("issued you a credential");
        assertThat(mail.getText()).contains("Hello Ada Lovelace,").contains("http://localhost:8082/sign-in")
                .contains(credentialId);
        await().atMost(Duration.ofSeconds(60)).until(() -> pending(credentialId) == 0);
    }

    @Test
    void a_notice_whose_recipient_was_erased_is_dropped_without_a_mail() {
        String credentialId = UUID.randomUUID().toString();
        String ref = "e".repeat(64);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO credential_notice "
                        + "(credential_id, issuer_id, recipient_ref, due_at) VALUES (?1, 'gone-university', ?2, ?3)")
                .setParameter(1, credentialId).setParameter(2, ref).setParameter(3, Instant.now())
                .executeUpdate());
        int before = mailbox.getTotalMessagesSent();

        await().atMost(Duration.ofSeconds(60)).until(() -> pending(credentialId) == 0);
        assertThat(mailbox.getMailsSentTo("nobody@student.example")).isNullOrEmpty();
        assertThat(mailbox.getTotalMessagesSent()).isEqualTo(before);
    }

    private long pending(String credentialId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM credential_notice WHERE credential_id = ?1").setParameter(1, credentialId)
                .getSingleResult()).longValue());
    }
}
