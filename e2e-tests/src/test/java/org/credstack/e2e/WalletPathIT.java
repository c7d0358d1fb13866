package org.credstack.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learner's path across the packaged services: a credential issued at issuance appears in the learner's wallet
 * (CredentialIssued over Kafka), follows its revocation there, verifies with the wallet's public verifier (which
 * resolves the issuer's did:web document and status lists from the issuance service over loopback), and can be
 * shared by a link that anyone opens.
 */
class WalletPathIT {

    /** Every check the verifier runs on a credential of this platform. */
    static final List<String> CHECKS = List.of("data-model", "signature", "issuer-key", "issuer-known", "validity",
            "status", "schema");

    private static final LocalStack stack = LocalStack.get();
    private static Institution institution;

    @BeforeAll
    static void registerInstitution() {
        institution = Institution.register(stack, "Wallet Path University");
    }

    @Test
    void an_issued_credential_appears_in_the_learners_wallet_and_shows_its_revocation() {
        String email = Institution.newLearnerEmail();
        String id = institution.issueTo(email);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Institution.asLearner(stack, email)
                .get("/v1/wallet/credentials")
                .then().statusCode(200).body("items.id", hasItem(id)));
        Institution.asLearner(stack, email).get("/v1/wallet/credentials/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("issuer.id", equalTo(institution.id))
                .body("achievement.name", equalTo(Institution.ACHIEVEMENT_NAME));
        // another learner does not see it
        Institution.asLearner(stack, Institution.newLearnerEmail()).get("/v1/wallet/credentials/" + id)
                .then().statusCode(404);

        institution.revoke(id, "Assessment found to be plagiarised");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Institution.asLearner(stack, email)
                .get("/v1/wallet/credentials/" + id)
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("Assessment found to be plagiarised")));
        Institution.asLearner(stack, email).queryParam("status", "REVOKED").get("/v1/wallet/credentials")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void a_freshly_issued_credential_verifies_with_every_check_passed_in_both_forms() {
        String id = institution.issueTo(Institution.newLearnerEmail());

        JsonPath embedded = verify(institution.credential(id, "application/vc+ld+json"), "application/vc+ld+json");
        assertVerified(embedded, "data-integrity", id);

        JsonPath jwt = verify(institution.credential(id, "application/vc+jwt"), "application/jwt");
        assertVerified(jwt, "vc-jwt", id);
    }

    @Test
    void a_revoked_credential_fails_the_status_check_and_nothing_else() {
        String id = institution.issueTo(Institution.newLearnerEmail());
        String signed = institution.credential(id, "application/vc+ld+json");
        String compact = institution.credential(id, "application/vc+jwt");
        assertVerified(verify(signed, "application/vc+ld+json"), "data-integrity", id);

        institution.revoke(id, "Issued in error");

        for (Map.Entry<String, String> form : Map.of(signed, "application/vc+ld+json", compact, "application/jwt")
                .entrySet()) {
            JsonPath report = verify(form.getKey(), form.getValue());
            assertThat(report.getBoolean("verified")).as(report.prettify()).isFalse();
            assertThat(report.getString("outcome")).isEqualTo("INVALID");
            assertThat(checkStatus(report, "status")).as(report.prettify()).isEqualTo("FAILED");
            assertThat(report.getString("checks.find { it.name == 'status' }.detail")).containsIgnoringCase("revo");
            for (String check : List.of("signature", "issuer-key", "validity")) {
                assertThat(checkStatus(report, check)).as(check + " in " + report.prettify()).isEqualTo("PASSED");
            }
        }
    }

    @Test
    void a_share_link_shows_the_credential_verified_to_anyone_without_a_token() {
        String email = Institution.newLearnerEmail();
        String id = institution.issueTo(email);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Institution.asLearner(stack, email)
                .get("/v1/wallet/credentials")
                .then().statusCode(200).body("items.id", hasItem(id)));

        String url = Institution.asLearner(stack, email).contentType(ContentType.JSON)
                .body(Map.of("credentialIds", List.of(id)))
                .post("/v1/wallet/shares")
                .then().statusCode(201)
                .body("url", startsWith(stack.baseUrl("wallet") + "/s/"))
                .body("credentialIds", equalTo(List.of(id)))
                .extract().path("url");

        JsonPath shared = given().accept(ContentType.JSON).get(url)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(shared.getList("credentials")).hasSize(1);
        assertThat(shared.getString("credentials[0].credential.id")).isEqualTo(id);
        assertThat(shared.getString("credentials[0].credential.status")).isEqualTo("ACTIVE");
        assertThat(shared.getBoolean("credentials[0].verification.verified"))
                .as(shared.prettify()).isTrue();
        assertThat(shared.getString("credentials[0].verification.outcome")).isEqualTo("VALID");

        given().accept(ContentType.JSON).get(url.substring(0, url.lastIndexOf('/') + 1) + "not-a-share-token")
                .then().statusCode(404);
    }

    static JsonPath verify(String credential, String contentType) {
        return given().baseUri(stack.baseUrl("wallet"))
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/jwt", ContentType.TEXT)))
                .contentType(contentType).accept(ContentType.JSON)
                .body(credential).post("/v1/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    static void assertVerified(JsonPath report, String format, String credentialId) {
        assertThat(report.getBoolean("verified")).as(report.prettify()).isTrue();
        assertThat(report.getString("outcome")).isEqualTo("VALID");
        assertThat(report.getString("format")).isEqualTo(format);
        assertThat(report.getString("credentialId")).isEqualTo("urn:uuid:" + credentialId);
        assertThat(report.getList("checks.name", String.class)).as(report.prettify())
                .containsExactlyInAnyOrderElementsOf(CHECKS);
        for (String check : CHECKS) {
            assertThat(checkStatus(report, check)).as(check + " in " + report.prettify()).isEqualTo("PASSED");
        }
    }

    static String checkStatus(JsonPath report, String check) {
        return report.getString("checks.find { it.name == '" + check + "' }.status");
    }
}
