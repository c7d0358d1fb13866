package org.credstack.wallet.credential;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** What a learner sees: credentials of their addresses, from the issuance stream over the real Kafka. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class WalletCredentialsApiTest {

    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    RecipientRefs refs;

    @Test
    void a_learner_sees_every_credential_of_their_address_newest_first_and_filters_them() {
        String email = learnerEmail();
        String ref = refs.of(email);
        Instant now = Instant.now();
        String oldest = IssuedCredentials.publish("uni-a", ref, now.minusSeconds(300), IssuedCredentials.DATA_SKILL);
        String middle = IssuedCredentials.publish("uni-b", ref, now.minusSeconds(200), IssuedCredentials.TEAM_SKILL);
        String newest = IssuedCredentials.publish("uni-a", ref, now.minusSeconds(100), IssuedCredentials.TEAM_SKILL);
        String someoneElses = IssuedCredentials.publish("uni-a", refs.of(learnerEmail()), now,
                IssuedCredentials.DATA_SKILL);

        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials").then().statusCode(200)
                .body("items.id", contains(newest, middle, oldest)));
        as(email).queryParam("institution", "uni-a").get("/v1/wallet/credentials").then()
                .body("items.id", contains(newest, oldest));
        as(email).queryParam("skill", IssuedCredentials.DATA_SKILL).get("/v1/wallet/credentials").then()
                .body("items.id", contains(oldest));
        as(email).queryParam("status", "active").get("/v1/wallet/credentials").then().body("items", hasSize(3));
        as(email).queryParam("status", "revoked").get("/v1/wallet/credentials").then().body("items", hasSize(0));
        String cursor = as(email).queryParam("limit", 2).get("/v1/wallet/credentials").then()
                .body("items.id", contains(newest, middle)).extract().path("nextCursor");
        as(email).queryParam("limit", 2).queryParam("cursor", cursor).get("/v1/wallet/credentials").then()
                .body("items.id", contains(oldest)).body("nextCursor", nullValue());

        as(email).get("/v1/wallet/credentials/" + middle).then().statusCode(200)
                .body("issuer.name", equalTo("University uni-b"))
                .body("achievement.skills", contains(IssuedCredentials.TEAM_SKILL))
                .body("credential.id", equalTo("urn:uuid:" + middle));
        as(email).get("/v1/wallet/credentials/" + someoneElses).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void status_changes_reach_the_wallet_and_redelivered_events_change_nothing() {
        String email = learnerEmail();
        String ref = refs.of(email);
        CredentialIssued issued = IssuedCredentials.issued(UUID.randomUUID().toString(), "uni-c", ref,
                Instant.now(), IssuedCredentials.DATA_SKILL, null);
        String id = issued.credentialId();
        KafkaTestClient.publish(issued, "uni-c", 0);
        KafkaTestClient.publish(new CredentialSuspended(id, "uni-c", ref, "under review"), "uni-c", 1);
        awaitStatus(email, id, "SUSPENDED");
        as(email).get("/v1/wallet/credentials/" + id).then().body("statusReason", equalTo("under review"));

        KafkaTestClient.publish(new CredentialReinstated(id, "uni-c", ref), "uni-c", 2);
        awaitStatus(email, id, "ACTIVE");
        KafkaTestClient.publish(new CredentialRevoked(id, "uni-c", ref, "plagiarism", Instant.now()), "uni-c", 3);
        awaitStatus(email, id, "REVOKED");

        // redeliveries of earlier events (a relay retry, a replay) leave the credential as the last event left it
        KafkaTestClient.publish(new CredentialReinstated(id, "uni-c", ref), "uni-c", 2);
        KafkaTestClient.publish(issued, "uni-c", 0);
        String marker = IssuedCredentials.publish("uni-c", ref, Instant.now().plusSeconds(60),
                IssuedCredentials.DATA_SKILL);
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + marker).then()
                .statusCode(200));
        as(email).get("/v1/wallet/credentials").then().body("items", hasSize(2));
        awaitStatus(email, id, "REVOKED");

        CredentialIssued replacement = IssuedCredentials.issued(UUID.randomUUID().toString(), "uni-c", ref,
                Instant.now(), IssuedCredentials.DATA_SKILL, null);
        KafkaTestClient.publish(replacement, "uni-c", 0);
        KafkaTestClient.publish(new CredentialReplaced(marker, "uni-c", ref, replacement.credentialId(), "typo"),
                "uni-c", 1);
        awaitStatus(email, marker, "REPLACED");
        as(email).get("/v1/wallet/credentials/" + marker).then()
                .body("replacedBy", equalTo(replacement.credentialId()));
    }

    @Test
    void expiry_shows_at_valid_until_and_when_issuance_says_so() {
        String email = learnerEmail();
        String ref = refs.of(email);
        CredentialIssued lapsed = IssuedCredentials.issued(UUID.randomUUID().toString(), "uni-d", ref,
                Instant.now().minusSeconds(120), IssuedCredentials.DATA_SKILL, Instant.now().minusSeconds(60));
        CredentialIssued expired = IssuedCredentials.issued(UUID.randomUUID().toString(), "uni-d", ref,
                Instant.now().minusSeconds(100), IssuedCredentials.DATA_SKILL, Instant.now().plusSeconds(3600));
        KafkaTestClient.publish(lapsed, "uni-d", 0);
        KafkaTestClient.publish(expired, "uni-d", 0);
        KafkaTestClient.publish(new CredentialExpired(expired.credentialId(), "uni-d", ref, Instant.now()), "uni-d", 1);

        // no CredentialExpired yet for the first: its validUntil passed, so it shows expired all the same
        awaitStatus(email, lapsed.credentialId(), "EXPIRED");
        awaitStatus(email, expired.credentialId(), "EXPIRED");
        as(email).queryParam("status", "EXPIRED").get("/v1/wallet/credentials").then().body("items", hasSize(2));
    }

    @Test
    void only_learners_with_a_verified_address_have_a_wallet_and_bad_queries_are_400() {
        given().get("/v1/wallet/credentials").then().statusCode(401);
        given().auth().oauth2(Devstack.tokens().mint("staff-" + UUID.randomUUID(), Set.of("issuer-staff"), "uni-a",
                null)).get("/v1/wallet/credentials").then().statusCode(403);
        given().auth().oauth2(Devstack.tokens().mint("learner-" + UUID.randomUUID(), Set.of("learner"), null, null))
                .get("/v1/wallet/credentials").then().statusCode(403).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("no-verified-email"));

        String email = learnerEmail();
        as(email).queryParam("status", "lost").get("/v1/wallet/credentials").then().statusCode(400)
                .contentType("application/problem+json");
        as(email).queryParam("limit", 0).get("/v1/wallet/credentials").then().statusCode(400);
        as(email).queryParam("limit", 201).get("/v1/wallet/credentials").then().statusCode(400);
        as(email).queryParam("cursor", "not-a-cursor").get("/v1/wallet/credentials").then().statusCode(400)
                .contentType("application/problem+json");
    }

    static void awaitStatus(String email, String id, String status) {
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + id).then()
                .statusCode(200).body("status", equalTo(status)));
    }

    static RequestSpecification as(String email) {
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of("learner"), null, email));
    }

    static String learnerEmail() {
        return "learner." + UUID.randomUUID() + "@student.example";
    }
}
