package org.credstack.issuance.credential.award;

import static io.restassured.RestAssured.given;
import static org.credstack.issuance.credential.award.AwardFixtures.award;
import static org.credstack.issuance.credential.award.AwardFixtures.awaitState;
import static org.credstack.issuance.credential.award.AwardFixtures.institution;
import static org.credstack.issuance.credential.award.AwardFixtures.operator;
import static org.credstack.issuance.credential.award.AwardFixtures.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.issuance.achievement.AchievementFixtures;
import org.credstack.issuance.credential.award.AwardFixtures.Institution;
import org.credstack.platform.recipient.RecipientRefs;
import org.junit.jupiter.api.Test;

/** GET /admin/award-requests: operators see every request, its state and reason; nobody else does. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class AwardRequestAdminTest {

    @Inject
    RecipientRefs refs;

    @Test
    void operators_list_requests_by_state_and_issuer_with_counts_of_every_state() {
        Institution university = institution();
        AwardRequested request = award(university.issuerId(), university.qualification(),
                List.of(refs.of("nobody." + UUID.randomUUID() + "@student.example")), List.of());
        publish(request, university.issuerId(), 0);
        awaitState(university.issuerId(), request.awardId(), "FAILED");

        given().auth().oauth2(operator()).queryParam("state", "failed").queryParam("issuer", university.issuerId())
                .get("/admin/award-requests").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].awardId", equalTo(request.awardId()))
                .body("items[0].qualificationId", equalTo(request.qualificationId()))
                .body("items[0].reason", startsWith("recipient-unknown"))
                .body("counts.FAILED", greaterThanOrEqualTo(1))
                .body("counts.CANCELLED", greaterThanOrEqualTo(0));
        given().auth().oauth2(operator()).queryParam("state", "ISSUED").queryParam("issuer", university.issuerId())
                .get("/admin/award-requests").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(operator()).queryParam("state", "FAILED").get("/admin/award-requests")
                .then().statusCode(200).body("items.state", everyItem(equalTo("FAILED")));
    }

    @Test
    void an_unknown_state_is_a_problem_and_only_operators_may_look() {
        given().auth().oauth2(operator()).queryParam("state", "LOST").get("/admin/award-requests")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(operator()).queryParam("limit", 0).get("/admin/award-requests")
                .then().statusCode(400).contentType("application/problem+json");
        String issuer = AchievementFixtures.registerIssuer();
        given().auth().oauth2(AchievementFixtures.token(issuer, "issuer-admin")).get("/admin/award-requests")
                .then().statusCode(403);
        given().get("/admin/award-requests").then().statusCode(401);
    }
}
