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
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.consent.Consents;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.testing.SignedCredentials;
import org.junit.jupiter.api.Test;

/** Evidence over HTTP: consents, verified external credentials, links and files with their limits. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RplEvidenceTest {

    /** The test profile's credstack.rpl.evidence.max-file-size (64K). */
    private static final int MAX_FILE = 64 * 1024;

    @Inject
    RecipientRefs refs;
    @Inject
    Consents consents;
    @Inject
    StoredRows rows;

    @Test
    void a_wallet_credential_counts_only_once_the_wallet_consents_for_the_institution() {
        String institution = institution();
        String email = email();
        String wallet = "wallet-" + UUID.randomUUID();
        KafkaTestClient.publish(new RecipientLinked(wallet, refs.of(email)), "platform", 0);
        await().atMost(BOUND).until(() -> consents.walletOf(refs.of(email)).isPresent());
        String id = submit(email, institution);
        Map<String, Object> credential = Map.of("kind", "wallet-credential", "credentialId", "cred-1");

        adding(email, id, credential).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("consent-required"));
        KafkaTestClient.publish(new ConsentGranted("elsewhere-" + wallet, wallet, institution(), List.of("cred-1"),
                null, null), "platform", 1);
        KafkaTestClient.publish(new ConsentGranted("consent-" + wallet, wallet, institution, List.of("cred-1"),
                "rpl:" + id, null), institution, 2);
        await().atMost(BOUND).until(() -> consents.ofWallet(wallet).size() == 2);

        adding(email, id, credential).statusCode(200).body("evidence", hasSize(2))
                .body("evidence[1].kind", equalTo("wallet-credential"))
                .body("evidence[1].consentId", equalTo("consent-" + wallet));
        adding(email, id, credential).statusCode(200).body("history", hasSize(2));
    }

    @Test
    void an_external_credential_is_verified_and_a_forgery_is_refused() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        ObjectNode signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(key), key);

        adding(email, id, Map.of("kind", "external-credential", "credential", signed)).statusCode(200)
                .body("evidence[1].kind", equalTo("external-credential"))
                .body("evidence[1].credentialId", equalTo("http://example.edu/credentials/3732"))
                .body("evidence[1].valid", equalTo(true));
        ObjectNode forged = signed.deepCopy();
        forged.put("name", "Leadership Badge");
        adding(email, id, Map.of("kind", "external-credential", "credential", forged)).statusCode(422)
                .body("rule", equalTo("credential-invalid"));
        adding(email, id, Map.of("kind", "portfolio-link", "url", "http://portfolio.example/plain")).statusCode(422)
                .body("rule", equalTo("portfolio-link-not-https"));
        adding(email, id, Map.of("kind", "wallet-credential")).statusCode(400);
        adding(email, id, Map.of("kind", "telepathy")).statusCode(400);
        learner(email).get("/v1/rpl-claims/" + id).then().body("evidence", hasSize(2));
    }

    @Test
    void an_oversized_file_is_413_and_a_disallowed_one_422_and_neither_is_stored() {
        String email = email();
        String id = submit(email, institution());
        byte[] big = Arrays.copyOf(PDF, MAX_FILE + 1);

        learner(email).contentType("application/pdf").body(big).post("/v1/rpl-claims/" + id + "/evidence").then()
                .statusCode(413).contentType("application/problem+json").body("rule", equalTo("evidence-file-too-large"));
        // announced far past the limit: refused from Content-Length alone, before the body is read
        learner(email).contentType("application/pdf").body(Arrays.copyOf(PDF, 3 * MAX_FILE))
                .post("/v1/rpl-claims/" + id + "/evidence").then().statusCode(413)
                .contentType("application/problem+json").body("rule", equalTo("evidence-file-too-large"));
        upload(email, id, "big.pdf", "application/pdf", big).statusCode(413)
                .contentType("application/problem+json").body("rule", equalTo("evidence-file-too-large"));
        upload(email, id, "archive.zip", "application/zip", new byte[] {'P', 'K', 3, 4}).statusCode(422)
                .body("rule", equalTo("evidence-type-not-allowed"));
        upload(email, id, "fake.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1}).statusCode(422)
                .body("rule", equalTo("evidence-content-mismatch"));
        learner(email).contentType("application/x-msdownload").body(new byte[] {'M', 'Z'})
                .post("/v1/rpl-claims/" + id + "/evidence").then().statusCode(422)
                .body("rule", equalTo("evidence-type-not-allowed"));

        assertThat(rows.count("rpl_evidence_file", id)).isZero();
        assertThat(rows.count("rpl_evidence_detail", id)).isEqualTo(1); // the portfolio link of the submission
        learner(email).get("/v1/rpl-claims/" + id).then().body("history", hasSize(1));
    }

    @Test
    void a_file_is_read_back_by_its_claimant_and_institution_only() {
        String institution = institution();
        String email = email();
        String id = submit(email, institution);
        String fileId = learner(email).contentType("text/plain").header("Content-Disposition",
                        "attachment; filename=\"notes.txt\"").body("Worked on billing".getBytes())
                .post("/v1/rpl-claims/" + id + "/evidence").then().statusCode(201)
                .body("name", equalTo("notes.txt")).body("sizeBytes", equalTo(17)).extract().path("fileId");
        String uploaded = upload(email, id, "reference.pdf", "application/pdf", PDF).statusCode(201)
                .extract().path("fileId");

        byte[] back = learner(email).get("/v1/rpl-claims/" + id + "/evidence/" + uploaded).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").contentType("application/pdf")
                .extract().asByteArray();
        assertThat(back).isEqualTo(PDF);
        staff(institution).get("/v1/rpl-claims/" + id + "/evidence/" + fileId).then().statusCode(200)
                .body(equalTo("Worked on billing"));
        staff(institution()).get("/v1/rpl-claims/" + id + "/evidence/" + fileId).then().statusCode(404);
        learner(email()).get("/v1/rpl-claims/" + id + "/evidence/" + fileId).then().statusCode(404);
        learner(email).get("/v1/rpl-claims/" + id + "/evidence/no-such-file").then().statusCode(404);
    }

    private static ValidatableResponse adding(String email, String claimId, Map<String, Object> evidence) {
        return learner(email).contentType(ContentType.JSON).body(evidence)
                .post("/v1/rpl-claims/" + claimId + "/evidence").then();
    }
}
