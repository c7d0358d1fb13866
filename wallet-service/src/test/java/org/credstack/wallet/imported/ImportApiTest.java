package org.credstack.wallet.imported;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.testing.SignedCredentials;
import org.junit.jupiter.api.Test;

/** Importing credentials issued elsewhere: verified first, kept with the report; forgeries and garbage refused. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class ImportApiTest {

    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.generate();

    @Test
    void a_signed_credential_is_imported_with_its_report_as_json_or_jwt() {
        String learner = email();
        ObjectNode credential = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(KEY), KEY);
        String id = as(learner).contentType(ContentType.JSON).body(credential.toString()).post("/v1/wallet/imports")
                .then().statusCode(201).body("outcome", equalTo("VALID")).body("format", equalTo("data-integrity"))
                .body("verification.verified", equalTo(true)).extract().path("id");
        as(learner).contentType("application/jwt").body(SignedCredentials.jwt(SignedCredentials.unsigned(KEY), KEY).getBytes(StandardCharsets.UTF_8))
                .post("/v1/wallet/imports").then().statusCode(201).body("format", equalTo("vc-jwt"))
                .body("outcome", equalTo("VALID"));

        as(learner).get("/v1/wallet/imports").then().statusCode(200).body("", hasSize(2));
        as(learner).get("/v1/wallet/imports/" + id).then().statusCode(200)
                .body("credential.id", equalTo("http://example.edu/credentials/3732"))
                .body("verification.checks.find { it.name == 'signature' }.status", equalTo("PASSED"));
        as(email()).get("/v1/wallet/imports/" + id).then().statusCode(404);
    }

    @Test
    void an_expired_credential_is_kept_and_its_report_says_so() {
        String learner = email();
        ObjectNode unsigned = SignedCredentials.unsigned(KEY).put("validUntil", "2025-06-01T00:00:00Z");
        as(learner).contentType(ContentType.JSON).body(SignedCredentials.dataIntegrity(unsigned, KEY).toString())
                .post("/v1/wallet/imports").then().statusCode(201).body("outcome", equalTo("INVALID"))
                .body("verification.checks.find { it.name == 'validity' }.status", equalTo("FAILED"));
    }

    @Test
    void forgeries_garbage_and_oversized_uploads_are_refused_and_nothing_is_kept() {
        String learner = email();
        ObjectNode forged = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(KEY), KEY);
        forged.put("name", "Leadership Badge");
        as(learner).contentType(ContentType.JSON).body(forged.toString()).post("/v1/wallet/imports").then()
                .statusCode(422).contentType("application/problem+json").body("type", endsWith("credential-invalid"))
                .body("detail", containsString("signature"));
        String jwt = SignedCredentials.jwt(SignedCredentials.unsigned(KEY), KEY);
        as(learner).contentType("application/jwt").body(SignedCredentials.withAlg(jwt, "none").getBytes(StandardCharsets.UTF_8))
                .post("/v1/wallet/imports").then().statusCode(422);
        as(learner).contentType(ContentType.JSON).body("garbage").post("/v1/wallet/imports").then().statusCode(400)
                .contentType("application/problem+json");
        as(learner).contentType(ContentType.JSON).body("{\"@context\": [").post("/v1/wallet/imports").then()
                .statusCode(400).contentType("application/problem+json");
        as(learner).contentType(ContentType.JSON).body(Map.of("url", "https://example.org/c.json"))
                .post("/v1/wallet/imports").then().statusCode(400);
        as(learner).contentType(ContentType.TEXT).body("hello").post("/v1/wallet/imports").then().statusCode(415);
        // past the 1 MiB limit (a 50 MB announcement is refused the same way, see VerifyResourceTest's raw socket)
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        as(learner).contentType(ContentType.JSON).body(huge).post("/v1/wallet/imports").then().statusCode(413)
                .contentType("application/problem+json");
        as(learner).get("/v1/wallet/imports").then().statusCode(200).body("", hasSize(0));
    }

    private static RequestSpecification as(String email) {
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of("learner"), null, email));
    }

    private static String email() {
        return "learner." + UUID.randomUUID() + "@student.example";
    }
}
