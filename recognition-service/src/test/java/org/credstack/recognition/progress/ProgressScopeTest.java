package org.credstack.recognition.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.recognition.progress.ProgressAndAwardTest.issue;
import static org.credstack.recognition.progress.ProgressAndAwardTest.operator;
import static org.credstack.recognition.progress.ProgressAndAwardTest.publish;
import static org.credstack.recognition.progress.ProgressAndAwardTest.randomRef;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.catalog.TestInstitution;
import org.credstack.recognition.learner.ProgressQueue;
import org.credstack.recognition.qualification.api.Definitions;
import org.junit.jupiter.api.Test;

/**
 * What a learner is queued for and which qualifications are evaluated again (D40): a credential event only those
 * naming its achievement, a link or consent everything; publishing a qualification queues those already holding
 * its components.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class ProgressScopeTest {

    @Inject
    DataSource dataSource;
    @Inject
    AffectedQualifications affected;

    @Test
    void a_queued_learner_keeps_the_union_of_what_changed_and_everything_wins() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE scope_queue (learner_key VARCHAR(64) PRIMARY KEY,"
                    + " queued_at TIMESTAMPTZ NOT NULL, achievement_ids VARCHAR(64)[])");
            ProgressQueue first = new ProgressQueue();
            first.achievement("ref-a", "ach-1");
            first.achievement("ref-a", "ach-2");
            first.achievement("ref-a", "ach-1");
            first.achievement("ref-b", "ach-1");
            first.achievement("wallet-c", "ach-1");
            first.everything("wallet-c");
            first.queue(c, "scope_queue", Instant.now());
            assertThat(queued(c)).containsEntry("ref-a", "[ach-1, ach-2]").containsEntry("ref-b", "[ach-1]")
                    .containsEntry("wallet-c", "everything");

            ProgressQueue second = new ProgressQueue();
            second.achievement("ref-a", "ach-3");
            second.everything("ref-b");
            second.achievement("wallet-c", "ach-9");
            second.queue(c, "scope_queue", Instant.now());
            assertThat(queued(c)).containsEntry("ref-a", "[ach-1, ach-2, ach-3]").containsEntry("ref-b", "everything")
                    .containsEntry("wallet-c", "everything").hasSize(3);
        }
    }

    @Test
    void an_achievement_affects_the_qualifications_naming_it_directly_nested_or_through_a_transfer_rule() {
        TestInstitution uni = TestInstitution.create();
        TestInstitution partner = TestInstitution.create();
        String stats = uni.publish("Statistics", "5", 6);
        String python = uni.publish("Python", "5", 6);
        String ethics = uni.publish("Ethics", "5", 6);
        String law = uni.publish("Law", "5", 6);
        String partnerStats = partner.publish("Partner Statistics", "5", 6);
        String partnerLaw = partner.publish("Partner Law", "5", 6);
        String target = uni.publish("Award", "10", 6);
        TestInstitution.awaitCatalogued(stats, python, ethics, law, partnerStats, partnerLaw, target);
        String data = publish(uni, Definitions.requiringAchievements("Data", target, 10, stats, python));
        String nesting = publish(uni, Definitions.requiring("Data and Ethics", target, 15,
                List.of(Definitions.qualification(data), Definitions.achievement(ethics))));
        String lawQualification = publish(uni, Definitions.requiringAchievements("Law", target, 5, law));
        String accepting = publish(uni, Definitions.withRule(Definitions.requiringAchievements("Ethics", target, 5,
                ethics), "acceptedEquivalents", List.of(Map.of("issuerId", partner.id, "achievementId", partnerStats,
                "countsAs", ethics, "credits", 5))));

        assertThat(affected.of(List.of(stats))).contains(data, nesting).doesNotContain(accepting, lawQualification);
        assertThat(affected.of(List.of(ethics))).contains(nesting, accepting).doesNotContain(data, lawQualification);
        assertThat(affected.of(List.of(partnerStats))).contains(accepting).doesNotContain(data, lawQualification);
        assertThat(affected.of(List.of(partnerLaw))).doesNotContain(lawQualification);

        String rule = uni.admin().contentType(ContentType.JSON).body(Map.of("externalIssuerId", partner.id,
                        "externalAchievementId", partnerLaw, "countsAs", law, "credits", new BigDecimal("5")))
                .post("/v1/equivalences").then().statusCode(201).extract().path("id");
        await().atMost(TestInstitution.BOUND).untilAsserted(() ->
                assertThat(affected.of(List.of(partnerLaw))).contains(lawQualification));
        uni.admin().delete("/v1/equivalences/" + rule).then().statusCode(204);
        // progress may still count through the withdrawn rule until re-evaluated: it still affects the qualification
        assertThat(affected.of(List.of(partnerLaw))).contains(lawQualification);
    }

    @Test
    void a_qualification_published_after_its_components_were_earned_shows_progress_without_another_event() {
        TestInstitution uni = TestInstitution.create();
        String stats = uni.publish("Statistics", "5", 6);
        String python = uni.publish("Python", "5", 6);
        String target = uni.publish("Certificate", "10", 6);
        TestInstitution.awaitCatalogued(stats, python, target);
        String ref = randomRef();
        issue(uni.id, stats, ref);
        issue(uni.id, python, ref);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(operator().get("/admin/progress")
                .then().statusCode(200).extract().jsonPath().getLong("queued")).isZero());
        uni.staff().get("/v1/learners/" + ref + "/progress").then().statusCode(200).body("size()", equalTo(0));

        String qualification = publish(uni, Definitions.requiringAchievements("Certificate", target, 10, stats,
                python));

        await().atMost(TestInstitution.BOUND).untilAsserted(() -> uni.staff().get("/v1/learners/" + ref + "/progress")
                .then().statusCode(200).body("find { it.qualificationId == '" + qualification + "' }.detail.eligible",
                        equalTo(true)));
    }

    /**
     * The institution's stored view of a learner (a wallet that consented to the partner's credential): recording the
     * rule makes the partner's credential count without another event of the learner's, withdrawing it stops it
     * counting.
     */
    @Test
    void a_transfer_rule_counts_credentials_already_earned_and_stops_counting_them_when_withdrawn() throws Exception {
        TestInstitution uni = TestInstitution.create();
        TestInstitution partner = TestInstitution.create();
        String stats = uni.publish("Statistics", "5", 6);
        String python = uni.publish("Python", "5", 6);
        String partnerStats = partner.publish("Partner Statistics", "5", 6);
        String target = uni.publish("Certificate", "10", 6);
        TestInstitution.awaitCatalogued(stats, python, partnerStats, target);
        String qualification = publish(uni, Definitions.requiringAchievements("Certificate", target, 10, stats,
                python));
        String ref = randomRef();
        String wallet = UUID.randomUUID().toString();
        issue(uni.id, python, ref);
        String transferred = issue(partner.id, partnerStats, ref);
        KafkaTestClient.publish(new RecipientLinked(wallet, ref), wallet, 0);
        KafkaTestClient.publish(new ConsentGranted("consent-" + wallet, wallet, uni.id, List.of(transferred), null,
                null), wallet, 1);
        // everything applied and evaluated before the rule exists, so that only the rule can make it count
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(credentialsOf(ref)).isEqualTo(2));
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(operator().get("/admin/progress")
                .then().statusCode(200).extract().jsonPath().getLong("queued")).isZero());
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(eligible(uni, ref, qualification))
                .isEqualTo(false));

        String rule = uni.admin().contentType(ContentType.JSON).body(Map.of("externalIssuerId", partner.id,
                        "externalAchievementId", partnerStats, "countsAs", stats, "credits", new BigDecimal("5")))
                .post("/v1/equivalences").then().statusCode(201).extract().path("id");
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(eligible(uni, ref, qualification))
                .isEqualTo(true));

        uni.admin().delete("/v1/equivalences/" + rule).then().statusCode(204);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> assertThat(eligible(uni, ref, qualification))
                .isEqualTo(false));
    }

    private long credentialsOf(String ref) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM learner_credential WHERE recipient_ref = ?")) {
            q.setString(1, ref);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Whether the institution's stored progress of the learner says eligible; null before any progress. */
    private static Object eligible(TestInstitution uni, String ref, String qualification) {
        return uni.staff().get("/v1/learners/" + ref + "/progress").then().statusCode(200).extract().jsonPath()
                .get("find { it.qualificationId == '" + qualification + "' }.detail.eligible");
    }

    /** The queue as learner key → its achievement ids sorted, or "everything". */
    private static Map<String, String> queued(Connection c) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT learner_key, achievement_ids FROM scope_queue");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Array ids = rs.getArray(2);
                rows.put(rs.getString(1), ids == null ? "everything"
                        : new TreeSet<>(Arrays.asList((String[]) ids.getArray())).toString());
            }
        }
        return rows;
    }
}
