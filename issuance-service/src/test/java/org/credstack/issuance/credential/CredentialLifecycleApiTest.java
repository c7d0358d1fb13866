package org.credstack.issuance.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.issuance.credential.CredentialFixtures.as;
import static org.credstack.issuance.credential.CredentialFixtures.issueBody;
import static org.credstack.issuance.credential.CredentialFixtures.parse;
import static org.credstack.issuance.credential.CredentialFixtures.published;
import static org.credstack.issuance.credential.CredentialFixtures.registerIssuer;
import static org.credstack.issuance.credential.CredentialFixtures.token;
import static org.credstack.issuance.credential.CredentialStatusApiTest.bit;
import static org.credstack.issuance.credential.CredentialStatusApiTest.decode;
import static org.credstack.issuance.credential.CredentialStatusApiTest.idOf;
import static org.credstack.issuance.credential.CredentialStatusApiTest.issue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.Service;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Expiry at validUntil, amendment by re-issue, and the credential list, over REST. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class CredentialLifecycleApiTest {

    @Test
    void a_credential_expires_at_valid_until_without_anyone_calling() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        Map<String, Object> body = issueBody(achievement, "learner." + UUID.randomUUID() + "@student.example");
        Instant until = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        body.put("validUntil", until.toString());
        String id = idOf(parse(as(admin).body(body).post("/v1/credentials").then().statusCode(201)
                .extract().asString()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(admin).get("/v1/credentials?status=EXPIRED")
                .then().statusCode(200).body("items.id", hasItem(id)));
        CredentialExpired event = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> id.equals(r.key())).map(CredentialStatusApiTest::decode)
                        .filter(CredentialExpired.class::isInstance).map(CredentialExpired.class::cast)
                        .findFirst().orElse(null), e -> e != null);
        assertThat(event.expiredAt()).isEqualTo(until);
        assertThat(event.issuerId()).isEqualTo(issuer);
        as(admin).body(Map.of("reason", "too late")).post("/v1/credentials/" + id + "/suspend").then()
                .statusCode(409).body("rule", equalTo("credential-expired"));
    }

    @Test
    void replacing_issues_the_corrected_credential_and_revokes_the_old_one() throws Exception {
        String issuer = registerIssuer();
        String staff = token(issuer, "issuer-staff");
        ObjectNode old = issue(token(issuer, "issuer-admin"), false);
        String oldId = idOf(old);

        String body = as(staff).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Learner's name corrected", "recipient",
                        Map.of("email", "ada." + UUID.randomUUID() + "@student.example", "displayName", "Ada King")))
                .post("/v1/credentials/" + oldId + "/replace").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/v1/credentials/")).extract().asString();
        ObjectNode successor = parse(body);
        String newId = idOf(successor);
        assertThat(newId).isNotEqualTo(oldId);
        assertThat(successor.get("proof")).isNotNull();

        as(staff).get("/v1/credentials?status=REPLACED").then().statusCode(200).body("items.id", hasItem(oldId));
        as(staff).get("/v1/credentials?status=ACTIVE").then().statusCode(200)
                .body("items.id", hasItem(newId)).body("items.id", not(hasItem(oldId)));
        as(staff).get("/v1/credentials/" + newId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(bit(old.get("credentialStatus"))).isTrue());
        assertThat(bit(successor.get("credentialStatus"))).isFalse();

        CredentialReplaced event = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> oldId.equals(r.key())).map(CredentialStatusApiTest::decode)
                        .filter(CredentialReplaced.class::isInstance).map(CredentialReplaced.class::cast)
                        .findFirst().orElse(null), e -> e != null);
        assertThat(event.replacedBy()).isEqualTo(newId);
        assertThat(event.reason()).isEqualTo("Learner's name corrected");
        CredentialIssued successorIssued = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> newId.equals(r.key())).map(CredentialStatusApiTest::decode)
                        .filter(CredentialIssued.class::isInstance).map(CredentialIssued.class::cast)
                        .findFirst().orElse(null), e -> e != null);
        assertThat(successorIssued.replaces()).isEqualTo(oldId);

        as(staff).body(Map.of("reason", "again")).post("/v1/credentials/" + oldId + "/replace").then()
                .statusCode(409).contentType("application/problem+json").body("rule", equalTo("credential-revoked"));
    }

    @Test
    void a_replacement_keeps_the_recipient_when_none_is_given_and_rejects_bad_input() throws Exception {
        String issuer = registerIssuer();
        String staff = token(issuer, "issuer-staff");
        String id = idOf(issue(token(issuer, "issuer-admin"), false));
        long before = count(staff);

        as(staff).body(Map.of()).post("/v1/credentials/" + id + "/replace").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        as(staff).body(Map.of("reason", "x", "recipient", Map.of("email", "not-an-address")))
                .post("/v1/credentials/" + id + "/replace").then().statusCode(400)
                .body("errors.field", hasItem("recipient.email"));
        as(staff).body(Map.of("reason", "x", "validFrom", "2030-01-01T00:00:00Z", "validUntil",
                "2029-01-01T00:00:00Z")).post("/v1/credentials/" + id + "/replace").then().statusCode(422)
                .body("rule", equalTo("valid-until-after-valid-from"));
        as(staff).header("If-Match", "\"7\"").body(Map.of("reason", "x"))
                .post("/v1/credentials/" + id + "/replace").then().statusCode(409)
                .body("rule", equalTo("stale-version"));
        String other = registerIssuer();
        as(token(other, "issuer-staff")).body(Map.of("reason", "x")).post("/v1/credentials/" + id + "/replace")
                .then().statusCode(404);
        assertThat(count(staff)).as("nothing half-written").isEqualTo(before);

        as(staff).body(Map.of("reason", "Typo in the achievement fixed")).post("/v1/credentials/" + id + "/replace")
                .then().statusCode(201);
        assertThat(count(staff)).isEqualTo(before + 1);
    }

    @Test
    void the_credential_list_filters_pages_newest_first_and_shows_only_the_callers_institution() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        String email = "list." + UUID.randomUUID() + "@student.example";
        String first = idOf(parse(as(admin).body(issueBody(achievement, email)).post("/v1/credentials")
                .then().statusCode(201).extract().asString()));
        Thread.sleep(1100); // issuedAt has second precision: a later second orders the two
        String second = idOf(parse(as(admin).body(issueBody(achievement, email)).post("/v1/credentials")
                .then().statusCode(201).extract().asString()));
        idOf(issue(admin, false));

        as(admin).queryParam("recipient", email.toUpperCase()).get("/v1/credentials").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(second, first)));
        String cursor = as(admin).queryParam("recipient", email).queryParam("limit", 1).get("/v1/credentials")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(second))).extract()
                .path("nextCursor");
        as(admin).queryParam("recipient", email).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/v1/credentials").then().statusCode(200).body("items.id", equalTo(java.util.List.of(first)))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        as(admin).queryParam("achievement", achievement).get("/v1/credentials").then().statusCode(200)
                .body("items.size()", equalTo(2));

        as(token(registerIssuer(), "issuer-admin")).queryParam("recipient", email).get("/v1/credentials").then()
                .statusCode(200).body("items.size()", equalTo(0));
        as(admin).queryParam("status", "GONE").get("/v1/credentials").then().statusCode(400)
                .contentType("application/problem+json");
        as(admin).queryParam("cursor", "!!").get("/v1/credentials").then().statusCode(400);
        as(admin).queryParam("limit", 0).get("/v1/credentials").then().statusCode(400);
        as(admin).queryParam("recipient", "nobody").get("/v1/credentials").then().statusCode(400);
        as(token(issuer, "learner")).get("/v1/credentials").then().statusCode(403);
    }

    @Test
    void of_two_concurrent_changes_from_the_same_version_one_wins_and_the_other_gets_409() throws Exception {
        String issuer = registerIssuer();
        String staff = token(issuer, "issuer-staff");
        String id = idOf(issue(token(issuer, "issuer-admin"), true));

        var suspend = java.util.concurrent.CompletableFuture.supplyAsync(() -> as(staff).header("If-Match", "\"0\"")
                .body(Map.of("reason", "investigation")).post("/v1/credentials/" + id + "/suspend").statusCode());
        var revoke = java.util.concurrent.CompletableFuture.supplyAsync(() -> as(staff).header("If-Match", "\"0\"")
                .body(Map.of("reason", "plagiarism")).post("/v1/credentials/" + id + "/revoke").statusCode());

        assertThat(java.util.List.of(suspend.get(), revoke.get())).containsExactlyInAnyOrder(200, 409);
        as(staff).get("/v1/credentials/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    private static long count(String token) {
        return as(token).queryParam("limit", 200).get("/v1/credentials").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }
}
