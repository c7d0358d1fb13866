package org.credstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recognition across the packaged services: credentials issued at issuance stack into a qualification whose award
 * issuance issues into the learner's wallet; a revoked component puts the award at risk and withdrawing it revokes
 * the qualification credential; another institution's credential counts only after the learner's consent; an RPL
 * claim ends in partial credit, is appealed, and its credit counts in progress.
 */
class RecognitionPathIT {

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final LocalStack stack = LocalStack.get();
    private static Institution university;
    private static String statistics;
    private static String visualisation;
    private static String databases;
    private static String certificate;

    @BeforeAll
    static void publishMicroCredentials() {
        university = Institution.register(stack, "Stacking University");
        statistics = university.publishAchievement("Applied Statistics", 5);
        visualisation = university.publishAchievement("Data Visualisation", 5);
        databases = university.publishAchievement("Relational Databases", 5);
        certificate = university.publishAchievement("Certificate in Data Analytics", 15);
    }

    @Test
    void three_micro_credentials_stack_into_a_certificate_that_is_withdrawn_when_a_component_is_revoked() {
        String qualification = Qualifications.publish(university, Map.of("name", "Certificate in Data Analytics",
                "targetAchievementId", certificate, "creditsRequired", 15, "awardPolicy", "AUTOMATIC",
                "rules", Map.of("required", List.of(Map.of("achievementId", statistics),
                        Map.of("achievementId", visualisation), Map.of("achievementId", databases)))));
        String email = Institution.newLearnerEmail();
        String first = university.issueTo(email, statistics);
        university.issueTo(email, visualisation);
        university.issueTo(email, databases);

        String awarded = await().atMost(BOUND).until(() -> Institution.asLearner(stack, email)
                .get("/v1/wallet/credentials").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.achievement.id == '" + certificate + "' }.id"), id -> id != null);
        JsonPath award = awardOf(qualification);
        assertThat(award.getString("state")).isIn("REQUESTED", "ISSUED");
        assertThat(award.getList("countedCredentialIds")).hasSize(3).contains(first);

        university.revoke(first, "Exam result annulled");
        await().atMost(BOUND).untilAsserted(() -> assertThat(awardOf(qualification).getString("state"))
                .isEqualTo("AT_RISK"));
        String awardId = awardOf(qualification).getString("id");
        university.atRecognition("registrar", "issuer-admin").body(Map.of("reason", "A component was annulled"))
                .post("/v1/awards/" + awardId + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));

        await().atMost(BOUND).untilAsserted(() -> Institution.asLearner(stack, email)
                .get("/v1/wallet/credentials/" + awarded)
                .then().statusCode(200).body("status", equalTo("REVOKED")));
    }

    @Test
    void another_institutions_credential_counts_only_after_the_learners_consent() {
        Institution other = Institution.register(stack, "Partner College");
        String external = other.publishAchievement("Python for Analysts", 5);
        String qualification = Qualifications.publish(university, Map.of("name", "Joint Data Certificate",
                "targetAchievementId", certificate, "creditsRequired", 10, "awardPolicy", "CONFIRMED",
                "rules", Map.of("required", List.of(Map.of("achievementId", statistics),
                        Map.of("achievementId", external)))));
        String email = Institution.newLearnerEmail();
        String ref = Institution.asLearner(stack, email).get("/v1/wallet").then().statusCode(200)
                .extract().path("addresses[0].recipientRef");
        university.issueTo(email, statistics);
        String theirs = other.issueTo(email, external);

        await().atMost(BOUND).untilAsserted(() -> assertThat(progress(ref, qualification).getFloat("totalCredits"))
                .isEqualTo(5f));
        assertThat(progress(ref, qualification).getBoolean("eligible")).isFalse();

        await().atMost(BOUND).untilAsserted(() -> Institution.asLearner(stack, email).get("/v1/wallet/credentials")
                .then().statusCode(200).body("items.id", hasItem(theirs)));
        Institution.asLearner(stack, email).body(Map.of("institution", university.id, "credentialIds", List.of(theirs),
                        "purpose", "qualification:" + qualification))
                .post("/v1/wallet/consents").then().statusCode(201);

        await().atMost(BOUND).untilAsserted(() -> assertThat(progress(ref, qualification).getBoolean("eligible"))
                .isTrue());
        assertThat(awardOf(qualification).getString("state")).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void an_rpl_claim_ends_in_partial_credit_on_appeal_and_the_credit_counts_in_progress() {
        String qualification = Qualifications.publish(university, Map.of("name", "Data Foundations",
                "targetAchievementId", certificate, "creditsRequired", 10, "awardPolicy", "CONFIRMED",
                "rules", Map.of("required", List.of(Map.of("achievementId", statistics)), "maxRplShare", 0.5)));
        String email = Institution.newLearnerEmail();
        String ref = Institution.asLearner(stack, email).get("/v1/wallet").then().statusCode(200)
                .extract().path("addresses[0].recipientRef");
        university.issueTo(email, statistics);

        String claim = Institution.asLearner(stack, email, "recognition").body(Map.of("institution", university.id,
                        "qualificationId", qualification, "creditsClaimed", 5,
                        "outcomes", List.of(Map.of("outcomeId", "lo-1", "statement", "Builds dashboards"),
                                Map.of("outcomeId", "lo-2", "statement", "Cleans messy data")),
                        "narrative", List.of(Map.of("outcomeId", "lo-1", "text", "Three years of BI reporting"),
                                Map.of("outcomeId", "lo-2", "text", "Data steward for the sales team")),
                        "evidence", List.of(Map.of("kind", "portfolio-link", "url", "https://portfolio.example/ada"))))
                .post("/v1/rpl-claims").then().statusCode(201).extract().path("id");
        Rpl.decide(university, claim, "assessor-one", "PARTIAL", 2);
        Institution.asLearner(stack, email, "recognition").body(Map.of("reason", "lo-2 is documented in the link"))
                .post("/v1/rpl-claims/" + claim + "/appeal").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        Rpl.decide(university, claim, "assessor-two", "PARTIAL", 4);

        await().atMost(BOUND).untilAsserted(() -> {
            JsonPath progress = progress(ref, qualification);
            assertThat(progress.getFloat("totalCredits")).isEqualTo(9f);
            assertThat(progress.getList("detail.counted.source")).contains("RPL", "CREDENTIAL");
        });
        university.atRecognition("registrar", "issuer-staff").get("/v1/rpl-claims/" + claim)
                .then().statusCode(200).body("state", equalTo("APPEAL_DECIDED"));
    }

    private static JsonPath awardOf(String qualification) {
        List<Map<String, Object>> awards = university.atRecognition("registrar", "issuer-staff").get("/v1/awards")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.qualificationId == '"
                        + qualification + "' }");
        assertThat(awards).hasSize(1);
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(awards.get(0)).toString());
    }

    private static JsonPath progress(String ref, String qualification) {
        List<Map<String, Object>> rows = university.atRecognition("registrar", "issuer-staff")
                .get("/v1/learners/" + ref + "/progress").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.qualificationId == '" + qualification + "' }");
        assertThat(rows).hasSize(1);
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(rows.get(0)).toString());
    }
}
