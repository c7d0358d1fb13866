package org.credstack.recognition.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.catalog.TestInstitution;
import org.credstack.recognition.qualification.api.Definitions;
import org.junit.jupiter.api.Test;

/**
 * Credentials arriving over Kafka move a learner's progress; meeting every rule opens one award and requests it;
 * a revoked component puts the award at risk, and the institution keeps or withdraws it.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
public class ProgressAndAwardTest {

    @Test
    void three_credentials_meet_a_certificate_whose_award_is_requested_once_and_put_at_risk_by_a_revocation() {
        TestInstitution uni = TestInstitution.create();
        String target = uni.publish("Certificate in Data Analytics", "15", 6);
        String stats = uni.publish("Statistics", "5", 6);
        String python = uni.publish("Python", "5", 6);
        String vis = uni.publish("Visualisation", "5", 6);
        TestInstitution.awaitCatalogued(target, stats, python, vis);
        String qualification = publish(uni, Definitions.requiringAchievements("Certificate", target, 15, stats,
                python, vis));
        String ref = randomRef();

        String first = issue(uni.id, stats, ref);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> uni.staff().get("/v1/learners/" + ref + "/progress")
                .then().statusCode(200).body("find { it.qualificationId == '" + qualification + "' }.totalCredits",
                        equalTo(5.0f)));
        issue(uni.id, python, ref);
        issue(uni.id, vis, ref);
        issue(uni.id, vis, ref); // a second credential of a component counts once

        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(award(uni, qualification).getString("state"))
                .isEqualTo("REQUESTED"));
        JsonPath award = award(uni, qualification);
        assertThat(award.getList("countedCredentialIds")).hasSize(3).contains(first);
        assertThat(award.getList("recipientRefs")).containsExactly(ref);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(requested(qualification)).hasSize(1));
        assertThat(requested(qualification).get(0).targetAchievementId()).isEqualTo(target);

        // the learner opens a wallet: a new learner id, the same award
        String wallet = UUID.randomUUID().toString();
        KafkaTestClient.publish(new RecipientLinked(wallet, ref), wallet, 0);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> uni.staff().get("/v1/learners/" + ref + "/progress")
                .then().statusCode(200).body("find { it.qualificationId == '" + qualification + "' }.detail.eligible",
                        equalTo(true)).body("size()", equalTo(1)));
        assertThat(uni.staff().get("/v1/awards").then().extract().jsonPath()
                .getList("findAll { it.qualificationId == '" + qualification + "' }")).hasSize(1);

        KafkaTestClient.publish(new CredentialRevoked(first, uni.id, ref, "annulled", Instant.now()), uni.id, 1);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(award(uni, qualification)
                .getString("state")).isEqualTo("AT_RISK"));
        String awardId = award(uni, qualification).getString("id");
        uni.admin().contentType(ContentType.JSON).body("{\"reason\": \" \"}").post("/v1/awards/" + awardId + "/keep")
                .then().statusCode(400);
        uni.admin().contentType(ContentType.JSON).body("{\"reason\": \"Re-sat and passed\"}")
                .post("/v1/awards/" + awardId + "/keep").then().statusCode(200).body("state", equalTo("REQUESTED"));
        TestInstitution.create().admin().contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/v1/awards/" + awardId + "/withdraw").then().statusCode(404);
        uni.admin().contentType(ContentType.JSON).body("{\"reason\": \"Annulled\"}")
                .post("/v1/awards/" + awardId + "/withdraw").then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        assertThat(requested(qualification)).as("one request, however often progress is re-evaluated").hasSize(1);
    }

    @Test
    void an_award_awaiting_confirmation_that_is_kept_awaits_confirmation_again() {
        TestInstitution uni = TestInstitution.create();
        String target = uni.publish("Certificate", "5", 6);
        String component = uni.publish("Statistics", "5", 6);
        TestInstitution.awaitCatalogued(target, component);
        java.util.Map<String, Object> definition = new java.util.LinkedHashMap<>(
                Definitions.requiringAchievements("Certificate", target, 5, component));
        definition.put("awardPolicy", "CONFIRMED");
        String qualification = publish(uni, definition);
        String ref = randomRef();
        String credential = issue(uni.id, component, ref);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(award(uni, qualification)
                .getString("state")).isEqualTo("AWAITING_CONFIRMATION"));

        KafkaTestClient.publish(new CredentialRevoked(credential, uni.id, ref, "annulled", Instant.now()), uni.id, 1);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(award(uni, qualification)
                .getString("state")).isEqualTo("AT_RISK"));
        String awardId = award(uni, qualification).getString("id");
        uni.admin().contentType(ContentType.JSON).body("{\"reason\": \"Appeal upheld\"}")
                .post("/v1/awards/" + awardId + "/keep").then().statusCode(200)
                .body("state", equalTo("AWAITING_CONFIRMATION"));
        assertThat(award(uni, qualification).getString("state")).isEqualTo("AWAITING_CONFIRMATION");
        uni.admin().post("/v1/awards/" + awardId + "/confirm").then().statusCode(200)
                .body("state", equalTo("REQUESTED"));
    }

    @Test
    void operators_read_how_many_learners_wait_and_how_long_each_re_evaluation_took() {
        TestInstitution uni = TestInstitution.create();
        String component = uni.publish("Statistics", "5", 6);
        TestInstitution.awaitCatalogued(component);
        publish(uni, Definitions.requiringAchievements("Certificate", uni.publish("Certificate", "10", 6), 10,
                component));
        long before = operator().get("/admin/progress").then().statusCode(200).extract().jsonPath()
                .getLong("reevaluated");

        String ref = randomRef();
        issue(uni.id, component, ref);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> uni.staff().get("/v1/learners/" + ref + "/progress")
                .then().statusCode(200).body("size()", equalTo(1)));

        JsonPath status = operator().get("/admin/progress").then().statusCode(200).extract().jsonPath();
        assertThat(status.getLong("reevaluated")).isGreaterThan(before);
        assertThat(status.getInt("evaluation.count")).isPositive();
        assertThat(status.getDouble("evaluation.p99Ms")).isGreaterThanOrEqualTo(status.getDouble("evaluation.p50Ms"));
        JsonPath timings = operator().queryParam("after", before).get("/admin/progress/timings").then()
                .statusCode(200).extract().jsonPath();
        assertThat(timings.getLong("from")).isEqualTo(before);
        assertThat(timings.getList("evaluationMicros")).hasSize((int) (timings.getLong("last") - before));
        assertThat(timings.getList("latencyMicros")).hasSameSizeAs(timings.getList("evaluationMicros"));
        for (Object micros : timings.getList("latencyMicros")) {
            assertThat(((Number) micros).longValue()).as("queued → committed, µs").isNotNegative();
        }

        // a credential that changes no qualification re-evaluates the learner and leaves the stored row alone
        String evaluatedAt = uni.staff().get("/v1/learners/" + ref + "/progress").then().extract().path("[0].evaluatedAt");
        long seen = status.getLong("reevaluated");
        issue(uni.id, uni.publish("Unrelated", "5", 6), ref);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> {
            JsonPath now = operator().get("/admin/progress").then().extract().jsonPath();
            assertThat(now.getLong("reevaluated")).isGreaterThan(seen);
            assertThat(now.getLong("queued")).isZero();
        });
        uni.staff().get("/v1/learners/" + ref + "/progress").then().body("[0].evaluatedAt", equalTo(evaluatedAt))
                .body("[0].totalCredits", equalTo(5.0f));

        operator().queryParam("after", -1).get("/admin/progress/timings").then().statusCode(400)
                .contentType("application/problem+json");
        uni.admin().get("/admin/progress").then().statusCode(403);
    }

    static io.restassured.specification.RequestSpecification operator() {
        return io.restassured.RestAssured.given().auth().oauth2(org.credstack.devstack.Devstack.tokens()
                .mint("operator", java.util.Set.of("operator"), null, null));
    }

    /** The AwardRequested events of the qualification on credstack.recognition.v1. */
    private static List<AwardRequested> requested(String qualification) {
        return KafkaTestClient.readAll("credstack.recognition.v1", Duration.ofSeconds(1)).stream()
                .map(ProgressAndAwardTest::decode).filter(e -> e instanceof AwardRequested)
                .map(e -> (AwardRequested) e).filter(e -> e.qualificationId().equals(qualification)).toList();
    }

    private static Object decode(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.decode(record).event();
        } catch (UndecodableEventException e) {
            throw new AssertionError(e);
        }
    }

    static String publish(TestInstitution uni, java.util.Map<String, Object> definition) {
        String id = uni.admin().contentType(ContentType.JSON).body(definition).post("/v1/qualifications")
                .then().statusCode(201).extract().path("id");
        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static JsonPath award(TestInstitution uni, String qualification) {
        List<Object> found = uni.staff().get("/v1/awards").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.qualificationId == '" + qualification + "' }");
        assertThat(found).hasSize(1);
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found.get(0)).toString());
    }

    public static String issue(String issuer, String achievementId, String ref) {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CredentialIssued issued = new CredentialIssued(id, issuer, achievementId, 1, ref, at, at, null,
                JsonNodeFactory.instance.objectNode().put("id", "urn:uuid:" + id), "e30.e30.c2ln",
                new AchievementSnapshot("Component", null, "MicroCredential", new BigDecimal("5"), null, 6, List.of(),
                        List.of(), false, null),
                new IssuerSnapshot(issuer, "did:web:localhost:" + issuer, "University " + issuer, null), List.of(),
                null, null, null);
        KafkaTestClient.publish(issued, issuer, 0);
        return id;
    }

    public static String randomRef() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
    }
}
