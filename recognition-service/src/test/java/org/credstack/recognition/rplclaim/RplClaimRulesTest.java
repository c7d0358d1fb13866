package org.credstack.recognition.rplclaim;

import static org.credstack.recognition.rplclaim.RplScenario.assessor;
import static org.credstack.recognition.rplclaim.RplScenario.assignedClaim;
import static org.credstack.recognition.rplclaim.RplScenario.claim;
import static org.credstack.recognition.rplclaim.RplScenario.email;
import static org.credstack.recognition.rplclaim.RplScenario.institution;
import static org.credstack.recognition.rplclaim.RplScenario.learner;
import static org.credstack.recognition.rplclaim.RplScenario.post;
import static org.credstack.recognition.rplclaim.RplScenario.staff;
import static org.credstack.recognition.rplclaim.RplScenario.subjectOf;
import static org.credstack.recognition.rplclaim.RplScenario.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/** Who may do what to a claim, over HTTP: refusals name their rule, and change nothing. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RplClaimRulesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void no_one_is_made_the_assessor_of_their_own_claim_nor_assesses_or_decides_it() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);
        post(staff(institution), id, "completeness", Map.of("complete", true)).statusCode(200);
        post(staff(institution), id, "assign", Map.of("assessorSubject", subjectOf(email))).statusCode(409)
                .contentType(PROBLEM).body("rule", equalTo("assessor-is-claimant"));

        // a learner who is also an assessor of the institution, with a claim of their own there
        var claimantAssessor = RplScenario.as(subjectOf(email), Set.of("learner", "assessor"), institution, email);
        post(staff(institution), id, "assign", Map.of("assessorSubject", "someone-else")).statusCode(200);
        post(claimantAssessor, id, "decision", Map.of("outcome", "FULL", "creditsAwarded", 10,
                "rationale", "I know my work")).statusCode(409).body("rule", equalTo("assessor-is-claimant"));
        post(claimantAssessor, id, "assessments", RplScenario.verdicts("MET")).statusCode(409)
                .body("rule", equalTo("assessor-is-claimant"));
        learner(email).get("/v1/rpl-claims/" + id).then().body("history", hasSize(3))
                .body("state", equalTo("ASSESSOR_ASSIGNED"));
    }

    @Test
    void a_decision_needs_every_claimed_outcome_assessed_and_only_the_assigned_assessor_decides() {
        String institution = institution();
        String id = assignedClaim(email(), institution, "assessor-a");
        Map<String, Object> decision = Map.of("outcome", "PARTIAL", "creditsAwarded", 5, "rationale", "Half");
        post(assessor(institution, "assessor-a"), id, "decision", decision).statusCode(409)
                .body("rule", equalTo("decision-before-assessment"));
        post(assessor(institution, "assessor-a"), id, "assessments", Map.of("assessments", List.of(Map.of(
                "outcomeId", "lo-1", "verdict", "MET", "comment", "Covered")))).statusCode(200);
        post(assessor(institution, "assessor-a"), id, "decision", decision).statusCode(409)
                .body("rule", equalTo("decision-before-assessment"));
        post(assessor(institution, "assessor-b"), id, "assessments", RplScenario.verdicts("MET")).statusCode(409)
                .body("rule", equalTo("not-the-assigned-assessor"));
        post(assessor(institution, "assessor-a"), id, "assessments", Map.of("assessments", List.of(Map.of(
                "outcomeId", "lo-9", "verdict", "MET", "comment", "?")))).statusCode(422)
                .body("rule", equalTo("outcome-not-claimed"));
        post(assessor(institution, "assessor-a"), id, "assessments", RplScenario.verdicts("NOT_MET"))
                .statusCode(200);
        post(assessor(institution, "assessor-a"), id, "decision", Map.of("outcome", "FULL", "creditsAwarded", 10,
                "rationale", "All")).statusCode(422).body("rule", equalTo("full-award-with-unmet-outcome"));
        post(assessor(institution, "assessor-a"), id, "decision", decision).statusCode(200)
                .body("state", equalTo("DECIDED"));
        post(staff(institution), id, "assign", Map.of("assessorSubject", "assessor-b")).statusCode(409)
                .body("rule", equalTo("claim-not-appealed"));
    }

    @Test
    void another_institution_and_other_learners_are_told_the_claim_does_not_exist() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);
        String elsewhere = institution();

        staff(elsewhere).get("/v1/rpl-claims/" + id).then().statusCode(404).contentType(PROBLEM);
        post(staff(elsewhere), id, "completeness", Map.of("complete", true)).statusCode(404);
        post(assessor(elsewhere, "assessor-x"), id, "assessments", RplScenario.verdicts("MET")).statusCode(404);
        learner(email()).get("/v1/rpl-claims/" + id).then().statusCode(404);
        post(learner(email()), id, "withdraw", null).statusCode(404);
        staff(institution).get("/v1/rpl-claims/" + id).then().statusCode(200);
        post(learner(email), id, "completeness", Map.of("complete", true)).statusCode(403);
        learner(email).get("/v1/rpl-claims/no-such-claim").then().statusCode(404);
    }

    @Test
    void withdrawing_ends_the_claim_and_a_withdrawn_claim_takes_no_further_step() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);
        post(learner(email), id, "withdraw", null).statusCode(200).body("state", equalTo("WITHDRAWN"));
        post(learner(email), id, "withdraw", null).statusCode(200).body("history", hasSize(2));
        post(staff(institution), id, "completeness", Map.of("complete", true)).statusCode(409)
                .body("rule", equalTo("claim-withdrawn"));
        post(learner(email), id, "resubmit", null).statusCode(409).body("rule", equalTo("claim-withdrawn"));
    }

    @Test
    void submission_rules_and_malformed_bodies_are_named_and_nothing_is_submitted() {
        String institution = institution();
        String email = email();
        Map<String, Object> both = new HashMap<>(claim(institution));
        both.put("achievementId", "ach-1");
        submitting(email, both).statusCode(422).body("rule", equalTo("one-target-required"));
        Map<String, Object> unknown = new HashMap<>(claim(institution));
        unknown.put("institution", "no-such-institution");
        submitting(email, unknown).statusCode(422).body("rule", equalTo("unknown-institution"));
        Map<String, Object> zero = new HashMap<>(claim(institution));
        zero.put("creditsClaimed", 0);
        submitting(email, zero).statusCode(422).body("rule", equalTo("credits-claimed-not-positive"));
        Map<String, Object> http = new HashMap<>(claim(institution));
        http.put("evidence", List.of(Map.of("kind", "portfolio-link", "url", "http://portfolio.example/ada")));
        submitting(email, http).statusCode(422).body("rule", equalTo("portfolio-link-not-https"));
        Map<String, Object> extra = new HashMap<>(claim(institution));
        extra.put("learnerId", "someone-else");
        submitting(email, extra).statusCode(400).contentType(PROBLEM);
        submitting(email, Map.of("institution", institution)).statusCode(400).contentType(PROBLEM);
        RplScenario.as("staff-sub", Set.of("issuer-staff"), institution, null).contentType(ContentType.JSON)
                .body(claim(institution)).post("/v1/rpl-claims").then().statusCode(403);
        RplScenario.as(subjectOf(email), Set.of("learner"), null, null).contentType(ContentType.JSON)
                .body(claim(institution)).post("/v1/rpl-claims").then().statusCode(403)
                .body("type", equalTo("https://credstack.org/problems/no-verified-email"));
        learner(email).get("/v1/rpl-claims").then().statusCode(200).body("id", hasSize(0));
    }

    @Test
    void an_idempotency_key_replays_the_first_submission() {
        String institution = institution();
        String email = email();
        String key = UUID.randomUUID().toString();
        String first = learner(email).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(claim(institution)).post("/v1/rpl-claims").then().statusCode(201).extract().path("id");
        learner(email).header("Idempotency-Key", key).contentType(ContentType.JSON).body(claim(institution))
                .post("/v1/rpl-claims").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        learner(email).get("/v1/rpl-claims").then().body("id", hasSize(1));
    }

    private static io.restassured.response.ValidatableResponse submitting(String email, Map<String, Object> body) {
        return learner(email).contentType(ContentType.JSON).body(body).post("/v1/rpl-claims").then();
    }
}
