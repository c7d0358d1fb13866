package org.credstack.recognition.rplclaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.recognition.rplclaim.RplScenario.BOUND;
import static org.credstack.recognition.rplclaim.RplScenario.PDF;
import static org.credstack.recognition.rplclaim.RplScenario.STORY_1;
import static org.credstack.recognition.rplclaim.RplScenario.assessor;
import static org.credstack.recognition.rplclaim.RplScenario.email;
import static org.credstack.recognition.rplclaim.RplScenario.institution;
import static org.credstack.recognition.rplclaim.RplScenario.learner;
import static org.credstack.recognition.rplclaim.RplScenario.post;
import static org.credstack.recognition.rplclaim.RplScenario.staff;
import static org.credstack.recognition.rplclaim.RplScenario.subjectOf;
import static org.credstack.recognition.rplclaim.RplScenario.submit;
import static org.credstack.recognition.rplclaim.RplScenario.upload;
import static org.credstack.recognition.rplclaim.RplScenario.verdicts;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.events.recognition.RplDecisionMade;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** One claim over HTTP from submission to partial credit, and an appeal a second assessor decides in full. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RplClaimFlowTest {

    @Test
    void a_claim_gets_partial_credit_then_full_credit_on_appeal_and_both_decisions_are_published() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);

        post(staff(institution), id, "completeness", Map.of("complete", false,
                "missing", List.of("a reference for lo-2"))).statusCode(200).body("state", equalTo("RETURNED"))
                .body("missing", contains("a reference for lo-2"));
        String fileId = upload(email, id, "reference.pdf", "application/pdf", PDF).statusCode(201)
                .body("name", equalTo("reference.pdf")).extract().path("fileId");
        post(learner(email), id, "resubmit", null).statusCode(200).body("state", equalTo("RESUBMITTED"));
        post(staff(institution), id, "completeness", Map.of("complete", true)).statusCode(200)
                .body("state", equalTo("COMPLETE"));
        post(staff(institution), id, "assign", Map.of("assessorSubject", "first-assessor")).statusCode(200)
                .body("state", equalTo("ASSESSOR_ASSIGNED"));
        post(assessor(institution, "first-assessor"), id, "assessments", verdicts("NOT_MET")).statusCode(200)
                .body("state", equalTo("ASSESSING"));
        post(assessor(institution, "first-assessor"), id, "decision", Map.of("outcome", "PARTIAL",
                "creditsAwarded", 5, "rationale", "lo-2 is not evidenced")).statusCode(200)
                .body("state", equalTo("DECIDED")).body("decisions[0].outcome", equalTo("PARTIAL"));

        post(learner(email), id, "appeal", Map.of("reason", "My second reference covers lo-2")).statusCode(200)
                .body("state", equalTo("APPEALED"));
        post(staff(institution), id, "assign", Map.of("assessorSubject", "first-assessor")).statusCode(409)
                .body("rule", equalTo("appeal-assessor-not-independent"));
        post(staff(institution), id, "assign", Map.of("assessorSubject", "second-assessor")).statusCode(200)
                .body("state", equalTo("APPEAL_ASSESSOR_ASSIGNED")).body("appeal.assessor", equalTo("second-assessor"));
        post(assessor(institution, "second-assessor"), id, "assessments", verdicts("MET")).statusCode(200);
        post(assessor(institution, "second-assessor"), id, "decision", Map.of("outcome", "FULL",
                "creditsAwarded", 10, "rationale", "Both outcomes are evidenced")).statusCode(200)
                .body("state", equalTo("APPEAL_DECIDED"));

        JsonPath claim = learner(email).get("/v1/rpl-claims/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getList("history.step")).containsExactly("SUBMIT", "RETURN_INCOMPLETE", "ADD_EVIDENCE",
                "RESUBMIT", "FIND_COMPLETE", "ASSIGN_ASSESSOR", "ASSESS", "DECIDE", "APPEAL",
                "ASSIGN_APPEAL_ASSESSOR", "ASSESS", "DECIDE");
        assertThat(claim.getList("history.actor")).containsExactly(subjectOf(email), "staff@" + institution,
                subjectOf(email), subjectOf(email), "staff@" + institution, "staff@" + institution,
                "first-assessor", "first-assessor", subjectOf(email), "staff@" + institution, "second-assessor",
                "second-assessor");
        assertThat(claim.getString("history[0].texts.'narrative lo-1'")).isEqualTo(STORY_1);
        assertThat(claim.getString("history[0].texts.'link:" + claim.getString("evidence[0].sha256") + " url'"))
                .isEqualTo("https://portfolio.example/ada");
        assertThat(claim.getString("history[2].texts.'file:" + fileId + " name'")).isEqualTo("reference.pdf");
        assertThat(claim.getString("history[8].texts.reason")).isEqualTo("My second reference covers lo-2");
        assertThat(claim.getString("outcomes[0].narrative")).isEqualTo(STORY_1);
        assertThat(claim.getList("outcomes[1].assessments.verdict")).containsExactly("NOT_MET", "MET");
        assertThat(claim.getList("decisions.outcome")).containsExactly("PARTIAL", "FULL");
        assertThat(claim.getString("appeal.reason")).isEqualTo("My second reference covers lo-2");
        assertThat(claim.getList("evidence.kind")).containsExactly("portfolio-link", "stored-file");
        post(learner(email), id, "appeal", Map.of("reason", "Once more")).statusCode(409)
                .body("rule", equalTo("second-appeal"));

        await().atMost(BOUND).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = decisionsOf(id);
            assertThat(records).hasSize(2);
            RplDecisionMade first = (RplDecisionMade) event(records.get(0));
            RplDecisionMade second = (RplDecisionMade) event(records.get(1));
            assertThat(first.appeal()).isFalse();
            assertThat(first.outcome()).isEqualTo(RplOutcome.PARTIAL);
            assertThat(first.creditsAwarded()).isEqualByComparingTo(new BigDecimal("5"));
            assertThat(second.appeal()).isTrue();
            assertThat(second.outcome()).isEqualTo(RplOutcome.FULL);
            assertThat(second.creditsAwarded()).isEqualByComparingTo(new BigDecimal("10"));
            assertThat(new String(records.get(0).headers().lastHeader(CloudEventHeaders.TENANT).value(),
                    StandardCharsets.UTF_8)).isEqualTo(institution);
        });
    }

    @Test
    void learners_list_their_claims_and_staff_and_assessors_their_institutions() {
        String institution = institution();
        String email = email();
        String returned = submit(email, institution);
        post(staff(institution), returned, "completeness", Map.of("complete", false, "missing", List.of("more")))
                .statusCode(200);
        String assigned = RplScenario.assignedClaim(email(), institution, "lister");

        learner(email).get("/v1/rpl-claims").then().statusCode(200).body("id", contains(returned));
        staff(institution).get("/v1/rpl-claims").then().statusCode(200).body("id", hasSize(2));
        staff(institution).queryParam("state", "returned").get("/v1/rpl-claims").then().statusCode(200)
                .body("id", contains(returned));
        assessor(institution, "lister").queryParam("assignedToMe", true).get("/v1/rpl-claims").then()
                .statusCode(200).body("id", contains(assigned)).body("[0].assessor", equalTo("lister"));
        staff(institution()).get("/v1/rpl-claims").then().statusCode(200).body("id", hasSize(0));
        staff(institution).queryParam("state", "NOPE").get("/v1/rpl-claims").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<ConsumerRecord<String, byte[]>> decisionsOf(String claimId) {
        return KafkaTestClient.readAll(Service.RECOGNITION.topic(), Duration.ofMillis(500)).stream()
                .filter(r -> claimId.equals(r.key()))
                .filter(r -> event(r) instanceof RplDecisionMade).toList();
    }

    private static Object event(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.decode(record).event();
        } catch (UndecodableEventException e) {
            return e;
        }
    }
}
