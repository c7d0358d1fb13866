package org.credstack.issuance.achievement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.credstack.issuance.achievement.AchievementFixtures.ESCO;
import static org.credstack.issuance.achievement.AchievementFixtures.as;
import static org.credstack.issuance.achievement.AchievementFixtures.decode;
import static org.credstack.issuance.achievement.AchievementFixtures.draft;
import static org.credstack.issuance.achievement.AchievementFixtures.find;
import static org.credstack.issuance.achievement.AchievementFixtures.headers;
import static org.credstack.issuance.achievement.AchievementFixtures.microCredential;
import static org.credstack.issuance.achievement.AchievementFixtures.publishedVersions;
import static org.credstack.issuance.achievement.AchievementFixtures.records;
import static org.credstack.issuance.achievement.AchievementFixtures.registerIssuer;
import static org.credstack.issuance.achievement.AchievementFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.issuance.achievement.domain.RetireAchievement;
import org.credstack.issuance.achievement.projection.PublishedAchievement;
import org.credstack.issuance.achievement.projection.PublishedAchievements;
import org.credstack.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class AchievementApiTest {

    @Inject
    PublishedAchievements published;
    @Inject
    CommandGateway gateway;

    @Test
    void a_published_achievement_reaches_kafka_as_a_cloudevent_keyed_by_its_id() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        var created = as(admin).body(microCredential()).post("/v1/achievements")
                .then().statusCode(201).contentType(ContentType.JSON).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("latestVersion", equalTo(1))
                .body("draftVersion", equalTo(1)).body("publishedVersion", nullValue())
                .body("definition.skills[0].escoVersion", equalTo("v1.2.0"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/achievements/" + id);

        as(admin).header("If-Match", "\"0\"").post("/v1/achievements/" + id + "/publish")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("PUBLISHED")).body("publishedVersion", equalTo(1))
                .body("draftVersion", nullValue());

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(60))
                .until(() -> find(id, "AchievementPublished"), r -> r != null);
        Map<String, String> headers = headers(record);
        assertThat(headers).containsEntry("ce_type", "org.credstack.issuance.AchievementPublished.v1")
                .containsEntry("ce_subject", id).containsEntry("ce_tenant", issuer)
                .containsEntry("ce_actor", "issuer-admin-user").containsEntry("ce_sequence", "00000000000000000001");
        AchievementPublished event = (AchievementPublished) CloudEventCodec.decode(record).event();
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.issuerId()).isEqualTo(issuer);
        assertThat(event.achievement().name()).isEqualTo("Data Literacy for Public Servants");
        assertThat(event.achievement().achievementType()).isEqualTo("MicroCredential");
        assertThat(event.achievement().creditsAvailable()).isEqualByComparingTo("3.5");
        assertThat(event.achievement().eqfLevel()).isEqualTo(5);
        assertThat(event.achievement().skills().get(0).uri()).isEqualTo(ESCO);
        assertThat(event.achievement().validity()).hasYears(2);
        // the draft is an internal event: only the contract event left the service
        assertThat(records(id)).hasSize(1);
    }

    @Test
    void editing_a_published_achievement_opens_version_2_and_publishing_it_supersedes_version_1() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = draft(admin, microCredential());
        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(200);

        Map<String, Object> next = microCredential();
        next.put("name", "Data Literacy for Public Servants (2027)");
        next.put("creditsAvailable", 4);
        as(admin).header("If-Match", "\"1\"").body(next).put("/v1/achievements/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("PUBLISHED")).body("latestVersion", equalTo(2))
                .body("draftVersion", equalTo(2)).body("publishedVersion", equalTo(1))
                .body("definition.name", equalTo("Data Literacy for Public Servants (2027)"));
        assertThat(issuable(issuer, id).version()).as("still issued from version 1").isEqualTo(1);

        as(admin).header("If-Match", "\"2\"").post("/v1/achievements/" + id + "/publish")
                .then().statusCode(200).body("publishedVersion", equalTo(2));
        String staff = token(issuer, "issuer-staff");
        as(staff).get("/v1/achievements/" + id + "/versions/1").then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("definition.name", equalTo("Data Literacy for Public Servants"));
        as(staff).get("/v1/achievements/" + id + "/versions/2").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("definition.creditsAvailable", equalTo(4));
        as(staff).get("/v1/achievements/" + id + "/versions/3").then().statusCode(404);

        PublishedAchievement current = issuable(issuer, id);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.snapshot().creditsAvailable()).isEqualByComparingTo(BigDecimal.valueOf(4));
        assertThat(current.definition().criteria()).isEqualTo("Pass the final assessment with at least 60%.");
        PublishedAchievement first = QuarkusTransaction.requiringNew()
                .call(() -> published.find(issuer, id, 1).orElseThrow());
        assertThat(first.issuable()).isFalse();
        assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> publishedVersions(id), v -> v.size() == 2))
                .containsExactly(1, 2);
    }

    @Test
    void another_tenants_achievement_answers_404_and_roles_decide_who_writes() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = draft(admin, microCredential());
        String otherAdmin = token(registerIssuer(), "issuer-admin");

        as(otherAdmin).get("/v1/achievements/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(otherAdmin).get("/v1/achievements/" + id + "/versions/1").then().statusCode(404);
        as(otherAdmin).body(microCredential()).put("/v1/achievements/" + id).then().statusCode(404);
        as(otherAdmin).post("/v1/achievements/" + id + "/publish").then().statusCode(404);
        as(otherAdmin).body(Map.of("reason", "mine now")).post("/v1/achievements/" + id + "/retire")
                .then().statusCode(404);
        as(otherAdmin).get("/v1/achievements").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));

        String staff = token(issuer, "issuer-staff");
        as(staff).get("/v1/achievements/" + id).then().statusCode(200).header("ETag", "\"0\"");
        as(staff).post("/v1/achievements/" + id + "/publish").then().statusCode(403);
        as(token(null, "operator")).get("/v1/achievements/" + id).then().statusCode(200)
                .body("issuerId", equalTo(issuer));
        as(admin).get("/v1/achievements/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void a_stale_if_match_answers_409() {
        String admin = token(registerIssuer(), "issuer-admin");
        String id = draft(admin, microCredential());
        Map<String, Object> edit = microCredential();
        edit.put("eqfLevel", 6);
        as(admin).header("If-Match", "\"0\"").body(edit).put("/v1/achievements/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("latestVersion", equalTo(1));

        edit.put("eqfLevel", 4);
        as(admin).header("If-Match", "\"0\"").body(edit).put("/v1/achievements/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("stale-version"));
        as(admin).header("If-Match", "\"7\"").post("/v1/achievements/" + id + "/publish")
                .then().statusCode(409).body("rule", equalTo("stale-version"));
        as(admin).header("If-Match", "yesterday").post("/v1/achievements/" + id + "/publish")
                .then().statusCode(400).contentType("application/problem+json");
        as(admin).get("/v1/achievements/" + id).then().body("definition.eqfLevel", equalTo(6));
    }

    @Test
    void of_two_concurrent_edits_from_the_same_version_one_wins_and_the_other_gets_409() {
        String admin = token(registerIssuer(), "issuer-admin");
        String id = draft(admin, microCredential());
        List<CompletableFuture<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> edit = microCredential();
            edit.put("workloadHours", 100 + i);
            edits.add(CompletableFuture.supplyAsync(() -> as(admin).header("If-Match", "\"0\"").body(edit)
                    .put("/v1/achievements/" + id).then().extract().statusCode()));
        }
        assertThat(edits.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        as(admin).get("/v1/achievements/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void axon_refuses_a_command_that_targets_an_older_aggregate_version() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = draft(admin, microCredential());
        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(200);
        // what the resource maps to 409 when a concurrent change slips between its own check and the command
        assertThatThrownBy(() -> gateway.sendAndWait(new RetireAchievement(id, issuer, "stale", 0L)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        as(admin).get("/v1/achievements/" + id).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void bad_inputs_are_400_problems_naming_the_field() {
        String admin = token(registerIssuer(), "issuer-admin");
        rejects(admin, Map.of("name", ""), "name");
        rejects(admin, Map.of("eqfLevel", 9), "eqfLevel");
        rejects(admin, Map.of("creditsAvailable", -1), "creditsAvailable");
        rejects(admin, Map.of("creditsAvailable", 1.125), "creditsAvailable");
        rejects(admin, Map.of("workloadHours", -5), "workloadHours");
        rejects(admin, Map.of("skills", List.of(Map.of("uri", "https://example.org/skill/1",
                "escoVersion", "v1.2.0"))), "skills[0].uri");
        rejects(admin, Map.of("skills", List.of(Map.of("uri", ESCO))), "skills[0].escoVersion");
        rejects(admin, Map.of("validity", "two years"), "validity");
        rejects(admin, Map.of("formOfParticipation", "hybrid"), "formOfParticipation");
        rejects(admin, Map.of("achievementType", "Diploma2"), "achievementType");
        rejects(admin, Map.of("eqfLevel", "five"), "eqfLevel");
        rejects(admin, Map.of("issuerId", "someone-else"), "issuerId")
                .body("detail", org.hamcrest.Matchers.containsString("issuerId"));
        rejects(admin, Map.of("skills", List.of(Map.of("uri", ESCO, "escoVersion", "v1.2.0", "weight", 3))),
                "skills.[0].weight");
        Map<String, Object> missingName = microCredential();
        missingName.remove("name");
        as(admin).body(missingName).post("/v1/achievements").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as(admin).get("/v1/achievements?status=ARCHIVED").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void an_unknown_field_is_rejected_on_edit_and_retire_too() {
        String admin = token(registerIssuer(), "issuer-admin");
        String id = draft(admin, microCredential());
        Map<String, Object> edit = microCredential();
        edit.put("status", "PUBLISHED");
        as(admin).body(edit).put("/v1/achievements/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        as(admin).body(Map.of("reason", "x", "version", 1)).post("/v1/achievements/" + id + "/retire")
                .then().statusCode(400).body("errors.field", hasItem("version"));
        as(admin).body(Map.of()).post("/v1/achievements/" + id + "/retire")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(admin).get("/v1/achievements/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void a_retired_achievement_is_final() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = draft(admin, microCredential());
        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(200);
        as(admin).header("If-Match", "\"1\"").body(Map.of("reason", "Replaced by the 2027 curriculum"))
                .post("/v1/achievements/" + id + "/retire")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("RETIRED"))
                .body("retirementReason", equalTo("Replaced by the 2027 curriculum"));

        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("achievement-retired"));
        as(admin).body(Map.of("reason", "again")).post("/v1/achievements/" + id + "/retire")
                .then().statusCode(409).body("rule", equalTo("achievement-retired"));
        as(admin).body(microCredential()).put("/v1/achievements/" + id).then().statusCode(409)
                .body("rule", equalTo("achievement-retired"));
        as(admin).get("/v1/achievements/" + id + "/versions/1").then().body("status", equalTo("RETIRED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> published.current(issuer, id))).isEmpty();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> published.issuable(issuer, id, 1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("achievement-retired"));
        ConsumerRecord<String, byte[]> retired = await().atMost(Duration.ofSeconds(60))
                .until(() -> find(id, "AchievementRetired"), r -> r != null);
        assertThat(((AchievementRetired) decode(retired)).reason()).isEqualTo("Replaced by the 2027 curriculum");
    }

    @Test
    void publishing_an_incomplete_micro_credential_names_what_is_missing() {
        String admin = token(registerIssuer(), "issuer-admin");
        String id = draft(admin, Map.of("name", "Sketch", "achievementType", "MicroCredential"));
        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(422)
                .body("rule", equalTo("achievement-incomplete"))
                .body("detail", org.hamcrest.Matchers.containsString("learningOutcomes"));
    }

    @Test
    void only_a_registered_issuer_drafts_achievements() {
        as(token("nobody-" + UUID.randomUUID(), "issuer-admin")).body(microCredential()).post("/v1/achievements")
                .then().statusCode(422).body("rule", equalTo("issuer-not-registered"));
        as(token(null, "issuer-admin")).body(microCredential()).post("/v1/achievements").then().statusCode(403);
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_returns_the_first_achievement() {
        String admin = token(registerIssuer(), "issuer-admin");
        String key = UUID.randomUUID().toString();
        String first = as(admin).header("Idempotency-Key", key).body(microCredential()).post("/v1/achievements")
                .then().statusCode(201).extract().path("id");
        as(admin).header("Idempotency-Key", key).body(microCredential()).post("/v1/achievements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(admin).get("/v1/achievements").then().body("items", hasSize(1));
    }

    @Test
    void the_list_filters_by_status_and_pages_with_a_cursor() {
        String admin = token(registerIssuer(), "issuer-admin");
        String a = draft(admin, microCredential());
        draft(admin, microCredential());
        draft(admin, microCredential());
        as(admin).post("/v1/achievements/" + a + "/publish").then().statusCode(200);

        as(admin).get("/v1/achievements?status=PUBLISHED").then().statusCode(200)
                .body("items.id", equalTo(List.of(a))).body("nextCursor", nullValue());
        ValidatableResponse page = as(admin).get("/v1/achievements?limit=2").then().statusCode(200)
                .body("items", hasSize(2));
        String cursor = page.extract().path("nextCursor");
        as(admin).get("/v1/achievements?limit=2&cursor=" + cursor).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", nullValue());
        as(admin).get("/v1/achievements?status=draft").then().body("items", hasSize(2));
    }

    @Test
    void every_achievement_endpoint_is_documented_with_examples() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/v1/achievements'.post.requestBody.content.'application/json'.examples",
                        org.hamcrest.Matchers.hasKey("micro-credential"))
                .body("paths.'/v1/achievements'.get.summary", equalTo("List achievements"))
                .body("paths.'/v1/achievements/{id}'.put.responses.'409'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/v1/achievements/{id}/publish'.post.responses.'409'.content."
                        + "'application/problem+json'.examples", org.hamcrest.Matchers.hasKey("retired"))
                .body("paths.'/v1/achievements/{id}/retire'.post.requestBody", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/v1/achievements/{id}/versions/{version}'.get.responses.'200'.content."
                        + "'application/json'.examples", org.hamcrest.Matchers.hasKey("version"))
                .body("components.schemas.AchievementFields.properties.achievementType",
                        org.hamcrest.Matchers.notNullValue());
    }

    private PublishedAchievement issuable(String issuer, String id) {
        return QuarkusTransaction.requiringNew().call(() -> published.issuable(issuer, id, null));
    }

    private static ValidatableResponse rejects(String admin, Map<String, Object> change, String field) {
        Map<String, Object> body = microCredential();
        body.putAll(change);
        return as(admin).body(body).post("/v1/achievements").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

}
