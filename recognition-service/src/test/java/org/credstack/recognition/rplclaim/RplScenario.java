package org.credstack.recognition.rplclaim;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.credstack.devstack.Devstack;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.testing.KafkaTestClient;

/** The actors of an RPL claim over HTTP, with the dev token issuer's tokens, and one claim walked by them. */
final class RplScenario {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String STORY_1 = "At Acme I designed the schema of the billing system";
    static final String STORY_2 = "I cut the month-end report from 2 hours to 4 minutes";

    private RplScenario() {
    }

    /** A fresh institution, known to recognition once the issuance stream has told it. */
    static String institution() {
        String id = "uni-" + UUID.randomUUID();
        KafkaTestClient.publish(new IssuerRegistered(id, "did:web:localhost:issuers:" + id, "University " + id,
                "https://example.org", "office@example.org", "NL", null, List.of()), "platform", 0);
        await().atMost(BOUND).untilAsserted(() -> given().get("/v1/institutions/" + id).then().statusCode(200));
        return id;
    }

    static String email() {
        return "learner." + UUID.randomUUID() + "@student.example";
    }

    /** The subject the dev tokens give the learner of {@code email}: the claimant of their claims. */
    static String subjectOf(String email) {
        return "learner:" + email;
    }

    static RequestSpecification learner(String email) {
        return as(subjectOf(email), Set.of("learner"), null, email);
    }

    static RequestSpecification staff(String institution) {
        return as("staff@" + institution, Set.of("issuer-staff"), institution, null);
    }

    static RequestSpecification assessor(String institution, String subject) {
        return as(subject, Set.of("assessor"), institution, null);
    }

    static RequestSpecification as(String subject, Set<String> roles, String tenant, String email) {
        return given().auth().oauth2(Devstack.tokens().mint(subject, roles, tenant, email));
    }

    /** A claim of 10 credits toward a qualification for two outcomes, with a portfolio link. */
    static Map<String, Object> claim(String institution) {
        return Map.of("institution", institution, "qualificationId", "msc-data-engineering", "creditsClaimed", 10,
                "outcomes", List.of(Map.of("outcomeId", "lo-1", "statement", "Designs relational schemas"),
                        Map.of("outcomeId", "lo-2", "statement", "Tunes SQL queries")),
                "narrative", List.of(Map.of("outcomeId", "lo-1", "text", STORY_1),
                        Map.of("outcomeId", "lo-2", "text", STORY_2)),
                "evidence", List.of(Map.of("kind", "portfolio-link", "url", "https://portfolio.example/ada")));
    }

    static String submit(String email, String institution) {
        return learner(email).contentType(ContentType.JSON).body(claim(institution)).post("/v1/rpl-claims").then()
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse post(RequestSpecification who, String claimId, String step, Object body) {
        RequestSpecification request = body == null ? who : who.contentType(ContentType.JSON).body(body);
        return request.post("/v1/rpl-claims/" + claimId + "/" + step).then();
    }

    static ValidatableResponse upload(String email, String claimId, String name, String type, byte[] bytes) {
        return learner(email).multiPart("file", name, bytes, type).post("/v1/rpl-claims/" + claimId + "/evidence")
                .then();
    }

    /** Submitted, found complete and assigned to {@code assessorSubject}: ready for verdicts. */
    static String assignedClaim(String email, String institution, String assessorSubject) {
        String id = submit(email, institution);
        post(staff(institution), id, "completeness", Map.of("complete", true)).statusCode(200);
        post(staff(institution), id, "assign", Map.of("assessorSubject", assessorSubject)).statusCode(200);
        return id;
    }

    /** Verdicts on both outcomes by {@code assessorSubject}: lo-1 met, lo-2 as given. */
    static Map<String, Object> verdicts(String lo2) {
        return Map.of("assessments", List.of(
                Map.of("outcomeId", "lo-1", "verdict", "MET", "comment", "The reference covers schema design"),
                Map.of("outcomeId", "lo-2", "verdict", lo2, "comment", "Judged on the second reference")));
    }

    /** Decided with partial credit (5 of 10) by {@code assessorSubject}. */
    static String decidedClaim(String email, String institution, String assessorSubject) {
        String id = assignedClaim(email, institution, assessorSubject);
        post(assessor(institution, assessorSubject), id, "assessments", verdicts("NOT_MET")).statusCode(200);
        post(assessor(institution, assessorSubject), id, "decision", Map.of("outcome", "PARTIAL",
                "creditsAwarded", 5, "rationale", "lo-2 is not evidenced")).statusCode(200);
        return id;
    }
}
