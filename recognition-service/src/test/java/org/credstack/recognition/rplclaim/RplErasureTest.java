package org.credstack.recognition.rplclaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.recognition.rplclaim.RplScenario.BOUND;
import static org.credstack.recognition.rplclaim.RplScenario.PDF;
import static org.credstack.recognition.rplclaim.RplScenario.email;
import static org.credstack.recognition.rplclaim.RplScenario.institution;
import static org.credstack.recognition.rplclaim.RplScenario.learner;
import static org.credstack.recognition.rplclaim.RplScenario.staff;
import static org.credstack.recognition.rplclaim.RplScenario.submit;
import static org.credstack.recognition.rplclaim.RplScenario.upload;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.consent.Consents;
import org.junit.jupiter.api.Test;

/** LearnerErased on the wallet topic erases the learner's claims: their texts and files are gone, the facts stay. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RplErasureTest {

    @Inject
    RecipientRefs refs;
    @Inject
    Consents consents;
    @Inject
    StoredRows rows;

    @Test
    void erasing_a_wallet_erases_its_claims_and_drops_their_narratives_links_and_files() {
        String institution = institution();
        String email = email();
        String wallet = "wallet-" + UUID.randomUUID();
        KafkaTestClient.publish(new RecipientLinked(wallet, refs.of(email)), "platform", 0);
        await().atMost(BOUND).until(() -> consents.walletOf(refs.of(email)).isPresent());
        String id = submit(email, institution);
        String fileId = upload(email, id, "reference.pdf", "application/pdf", PDF).statusCode(201)
                .extract().path("fileId");
        RplScenario.post(learner(email), id, "withdraw", null).statusCode(200);

        KafkaTestClient.publish(new LearnerErased(wallet, List.of(refs.of(email)), Instant.now()), "platform", 1);
        await().atMost(BOUND).untilAsserted(() -> staff(institution).get("/v1/rpl-claims/" + id).then()
                .body("state", equalTo("ERASED")));

        assertErased(institution, id);
        staff(institution).get("/v1/rpl-claims/" + id + "/evidence/" + fileId).then().statusCode(404);
    }

    @Test
    void erasing_a_learner_without_a_wallet_reaches_the_claims_of_their_recipient_ref() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);

        KafkaTestClient.publish(new LearnerErased(refs.of(email), List.of(refs.of(email)), Instant.now()),
                "platform", 0);
        await().atMost(BOUND).untilAsserted(() -> staff(institution).get("/v1/rpl-claims/" + id).then()
                .body("state", equalTo("ERASED")));
        assertErased(institution, id);
        RplScenario.post(staff(institution), id, "completeness", Map.of("complete", true)).statusCode(409)
                .body("rule", equalTo("claim-erased"));
    }

    private void assertErased(String institution, String id) {
        JsonPath claim = staff(institution).get("/v1/rpl-claims/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getList("outcomes.narrative")).containsOnlyNulls();
        assertThat(claim.getList("history.step")).last().isEqualTo("ERASE");
        assertThat(claim.getList("history.texts")).allSatisfy(texts -> assertThat(texts).isNull());
        assertThat(claim.getList("evidence.url")).containsOnlyNulls();
        assertThat(rows.count("rpl_claim_text", id)).isZero();
        assertThat(rows.count("rpl_evidence_detail", id)).isZero();
        assertThat(rows.count("rpl_evidence_file", id)).isZero();
    }
}
