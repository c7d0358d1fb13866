package org.credstack.issuance.credential.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.issuance.credential.batch.BatchFixtures.BATCHES;
import static org.credstack.issuance.credential.batch.BatchFixtures.as;
import static org.credstack.issuance.credential.batch.BatchFixtures.completed;
import static org.credstack.issuance.credential.batch.BatchFixtures.csvAs;
import static org.credstack.issuance.credential.batch.BatchFixtures.published;
import static org.credstack.issuance.credential.batch.BatchFixtures.registerIssuer;
import static org.credstack.issuance.credential.batch.BatchFixtures.row;
import static org.credstack.issuance.credential.batch.BatchFixtures.submit;
import static org.credstack.issuance.credential.batch.BatchFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.RecipientRef;
import org.credstack.issuance.credential.batch.application.BatchWorker;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.recipient.RecipientRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Issuing in bulk over REST: accepted at once, issued in the background, followed by polling. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class CredentialBatchApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;
    @Inject
    BatchWorker worker;
    @ConfigProperty(name = "credstack.recipient-ref.secret")
    String recipientRefSecret;

    @Test
    void a_json_batch_is_accepted_then_every_row_is_issued_with_readable_credentials() throws Exception {
        String issuer = registerIssuer();
        String staff = token(issuer, "issuer-staff");
        String achievement = published(token(issuer, "issuer-admin"));
        String tag = UUID.randomUUID().toString();
        Map<String, Object> first = row(achievement, "ada." + tag + "@student.example");
        first.put("recipient", Map.of("email", "ada." + tag + "@student.example", "learnerId", "s1",
                "displayName", "Ada Lovelace"));
        Map<String, Object> dated = row(achievement, "grace." + tag + "@student.example");
        dated.put("validFrom", "2026-12-01T00:00:00Z");
        dated.put("validUntil", "2027-12-01T00:00:00Z");
        List<Map<String, Object>> rows = List.of(first, dated, row(achievement, "alan." + tag + "@student.example"));

        var accepted = as(staff).header("X-Correlation-Id", "corr-" + tag).body(rows).post(BATCHES)
                .then().statusCode(202).contentType("application/json")
                .body("status", equalTo("accepted")).body("total", equalTo(3)).body("processed", equalTo(0))
                .extract();
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith(BATCHES + "/" + id);

        JsonPath done = completed(staff, id);
        assertThat(done.getInt("issued")).isEqualTo(3);
        assertThat(done.getInt("failed")).isZero();
        assertThat(done.getInt("processed")).isEqualTo(3);
        assertThat(done.getString("startedAt")).isNotNull();
        assertThat(done.getString("completedAt")).isNotNull();
        assertThat(done.getLong("etaSeconds")).isZero();
        assertThat(done.getList("results.row", Integer.class)).containsExactly(0, 1, 2);
        assertThat(done.getList("results.status", String.class)).containsOnly("issued");

        List<String> credentialIds = done.getList("results.credentialId", String.class);
        for (String credentialId : credentialIds) {
            JsonNode credential = JSON.readTree(as(staff).accept("application/vc+ld+json")
                    .get("/v1/credentials/" + credentialId).then().statusCode(200).extract().asString());
            assertThat(credential.get("id").asText()).isEqualTo("urn:uuid:" + credentialId);
            assertThat(credential.get("proof")).isNotNull();
        }
        JsonNode second = JSON.readTree(as(staff).get("/v1/credentials/" + credentialIds.get(1)).asString());
        assertThat(second.get("validFrom").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(second.get("validUntil").asText()).isEqualTo("2027-12-01T00:00:00Z");

        QuarkusTransaction.requiringNew().run(() -> {
            CredentialRecord record = CredentialRecord.findById(credentialIds.get(0));
            assertThat(record.issuerId).isEqualTo(issuer);
            assertThat(record.recipientRef).isEqualTo(ref("ada." + tag + "@student.example"));
            RecipientRecord recipient = RecipientRecord.findById(new RecipientRecord.Key(record.recipientRef, issuer));
            assertThat(recipient.displayName).isEqualTo("Ada Lovelace");
            assertThat(recipient.learnerId).isEqualTo("s1");
        });
        assertThat(query("SELECT count(*) FROM credential_batch_row WHERE batch_id = ? AND (email IS NOT NULL "
                + "OR learner_id IS NOT NULL OR display_name IS NOT NULL)", id))
                .as("processed rows keep no personal data").isZero();
        String metaData = text("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", credentialIds.get(0));
        assertThat(JSON.readTree(metaData).get("actor").asText()).isEqualTo("issuer-staff-user");
        assertThat(JSON.readTree(metaData).get("tenant").asText()).isEqualTo(issuer);
        assertThat(JSON.readTree(metaData).get("correlationId").asText()).isEqualTo("corr-" + tag);
        String payload = text("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", credentialIds.get(0));
        assertThat(JSON.readTree(payload).get("batchId").asText()).as("CredentialIssued names its batch")
                .isEqualTo(id);
    }

    @Test
    void a_csv_batch_with_quoted_fields_is_issued_like_json() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "displayName,email,achievementId,achievementVersion,learnerId,validFrom,validUntil\r\n"
                + "\"Lovelace, Ada\",ada." + tag + "@student.example," + achievement + ",1,s1,,\r\n"
                + "\"Grace \"\"Amazing\"\" Hopper\",grace." + tag + "@student.example," + achievement
                + ",,,2026-12-01T00:00:00Z,2027-06-01T00:00:00Z\r\n"
                + "\"Multi\r\nLine\",alan." + tag + "@student.example," + achievement + ",,,,\r\n";

        String id = csvAs(admin).body(csv.getBytes(StandardCharsets.UTF_8)).post(BATCHES).then().statusCode(202)
                .body("total", equalTo(3)).extract().path("id");
        JsonPath done = completed(admin, id);
        assertThat(done.getInt("issued")).isEqualTo(3);

        assertThat(displayName(issuer, "ada." + tag + "@student.example")).isEqualTo("Lovelace, Ada");
        assertThat(displayName(issuer, "grace." + tag + "@student.example")).isEqualTo("Grace \"Amazing\" Hopper");
        assertThat(displayName(issuer, "alan." + tag + "@student.example")).isEqualTo("Multi\r\nLine");
        String grace = done.getString("results.find { it.row == 1 }.credentialId");
        as(admin).get("/v1/credentials/" + grace).then().statusCode(200)
                .body("validUntil", equalTo("2027-06-01T00:00:00Z"));
    }

    @Test
    void a_row_whose_achievement_was_retired_before_it_was_processed_fails_with_the_reason_and_the_rest_issue() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String kept = published(admin);
        String retired = published(admin);
        String tag = UUID.randomUUID().toString();
        String id;
        worker.pause();
        try {
            id = submit(admin, List.of(row(kept, "a." + tag + "@s.example"), row(retired, "b." + tag + "@s.example"),
                    row(kept, "c." + tag + "@s.example")));
            as(admin).body(Map.of("reason", "Replaced by the 2027 curriculum"))
                    .post("/v1/achievements/" + retired + "/retire").then().statusCode(200);
            as(admin).get(BATCHES + "/" + id).then().statusCode(200).body("status", equalTo("accepted"))
                    .body("processed", equalTo(0));
        } finally {
            worker.resume();
        }

        JsonPath done = completed(admin, id);
        assertThat(done.getInt("issued")).isEqualTo(2);
        assertThat(done.getInt("failed")).isEqualTo(1);
        assertThat(done.getString("results.find { it.row == 1 }.status")).isEqualTo("failed");
        assertThat(done.getString("results.find { it.row == 1 }.reason")).startsWith("achievement-retired: ");
        assertThat(done.getString("results.find { it.row == 1 }.credentialId")).isNull();
        assertThat(done.getList("results.findAll { it.status == 'issued' }.row", Integer.class))
                .containsExactly(0, 2);
        JsonPath failed = as(admin).get(BATCHES + "/" + id + "?result=failed").then().statusCode(200)
                .extract().jsonPath();
        assertThat(failed.getList("results.row", Integer.class)).containsExactly(1);
        assertThat(query("SELECT count(*) FROM credential WHERE issuer_id = ?", issuer)).isEqualTo(2);
    }

    @Test
    void results_are_paged_with_a_cursor_and_filtered_by_outcome() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row(achievement, "learner" + i + "." + UUID.randomUUID() + "@student.example"));
        }
        String id = submit(admin, rows);
        completed(admin, id);

        JsonPath page1 = as(admin).get(BATCHES + "/" + id + "?limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(page1.getList("results.row", Integer.class)).containsExactly(0, 1);
        JsonPath page2 = as(admin).get(BATCHES + "/" + id + "?limit=2&cursor=" + page1.getString("nextCursor"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(page2.getList("results.row", Integer.class)).containsExactly(2, 3);
        JsonPath page3 = as(admin).get(BATCHES + "/" + id + "?limit=2&cursor=" + page2.getString("nextCursor"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(page3.getList("results.row", Integer.class)).containsExactly(4);
        assertThat(page3.getString("nextCursor")).isNull();
        assertThat(as(admin).get(BATCHES + "/" + id + "?result=failed").then().statusCode(200)
                .extract().jsonPath().getList("results")).isEmpty();
        assertThat(as(admin).get(BATCHES + "/" + id + "?result=issued").then().statusCode(200)
                .extract().jsonPath().getList("results")).hasSize(5);

        as(admin).get(BATCHES + "/" + id + "?limit=1001").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        as(admin).get(BATCHES + "/" + id + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as(admin).get(BATCHES + "/" + id + "?cursor=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(admin).get(BATCHES + "/" + id + "?result=revoked").then().statusCode(400)
                .body("errors[0].field", equalTo("result"));
    }

    @Test
    void another_tenants_batch_is_not_found_and_learners_and_anonymous_callers_are_refused() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = submit(admin, List.of(row(published(admin), "bob." + UUID.randomUUID() + "@student.example")));
        String other = registerIssuer();

        as(token(other, "issuer-admin")).get(BATCHES + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(admin).get(BATCHES + "/" + UUID.randomUUID()).then().statusCode(404);
        given().get(BATCHES + "/" + id).then().statusCode(401);
        given().contentType("application/json").body("[]").post(BATCHES).then().statusCode(401);
        as(token(issuer, "learner")).get(BATCHES + "/" + id).then().statusCode(403);
        as(token(issuer, "learner")).body(List.of(row("x", "a@b.example"))).post(BATCHES).then().statusCode(403);
        completed(admin, id);
    }

    @Test
    void a_retried_upload_with_the_same_idempotency_key_returns_the_same_batch_and_stores_it_once() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        List<Map<String, Object>> rows = List.of(row(published(admin), "carol." + UUID.randomUUID() + "@s.example"));
        String key = UUID.randomUUID().toString();

        String first = as(admin).header("Idempotency-Key", key).body(rows).post(BATCHES).then().statusCode(202)
                .extract().path("id");
        String second = as(admin).header("Idempotency-Key", key).body(rows).post(BATCHES).then().statusCode(202)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(query("SELECT count(*) FROM credential_batch WHERE issuer_id = ?", issuer)).isEqualTo(1);
        assertThat(completed(admin, first).getInt("issued")).isEqualTo(1);
    }

    @Test
    void both_batch_endpoints_are_documented_with_examples() {
        String post = "paths.'/v1/credential-batches'.post.";
        String get = "paths.'/v1/credential-batches/{id}'.get.";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(post + "requestBody.content.'application/json'.examples", hasKey("two learners"))
                .body(post + "requestBody.content.'text/csv'.examples", hasKey("two learners, quoted fields"))
                .body(post + "responses.'202'.content.'application/json'.examples", hasKey("accepted"))
                .body(post + "responses.'400'.content.'application/problem+json'.examples", hasKey("invalid rows"))
                .body(post + "responses.'413'.content.'application/problem+json'.examples", hasKey("too many rows"))
                .body(post + "responses.'422'.content.'application/problem+json'.examples",
                        hasKey("unknown achievement"))
                .body(get + "responses.'200'.content.'application/json'.examples", hasKey("running"))
                .body(get + "responses.'404'", notNullValue());
    }

    private String displayName(String issuer, String email) {
        return QuarkusTransaction.requiringNew().call(() -> RecipientRecord.<RecipientRecord>findById(
                new RecipientRecord.Key(ref(email), issuer)).displayName);
    }

    private String ref(String email) {
        return RecipientRef.of(email, recipientRefSecret.getBytes(StandardCharsets.UTF_8));
    }

    long query(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
