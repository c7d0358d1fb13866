package org.credstack.wallet.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.wallet.credential.IssuedCredentials;
import org.junit.jupiter.api.Test;

/** Exports of a wallet credential: the signed original, its VC-JWT, a printable PDF, a LinkedIn link. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class CredentialExportApiTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    RecipientRefs refs;
    @Inject
    ObjectMapper json;

    @Test
    void a_credential_exports_as_its_signed_original_its_jwt_a_certificate_and_a_linkedin_link() throws Exception {
        String email = "learner." + UUID.randomUUID() + "@student.example";
        CredentialIssued issued = IssuedCredentials.issued(UUID.randomUUID().toString(), "uni-x", refs.of(email),
                Instant.parse("2026-11-20T10:00:00Z"), IssuedCredentials.DATA_SKILL, null);
        KafkaTestClient.publish(issued, "uni-x", 0);
        String id = issued.credentialId();
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + id).then()
                .statusCode(200));
        String base = "/v1/wallet/credentials/" + id + "/export";

        String original = as(email).queryParam("format", "json").get(base).then().statusCode(200)
                .contentType("application/vc+ld+json")
                .header("Content-Disposition", containsString("credential-" + id + ".json"))
                .extract().asString();
        assertThat(json.readTree(original)).isEqualTo(issued.credential());
        as(email).queryParam("format", "jwt").get(base).then().statusCode(200).contentType("application/vc+jwt")
                .body(equalTo(issued.credentialJwt()));

        byte[] pdf = as(email).queryParam("format", "pdf").get(base).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Data Literacy uni-x", "University uni-x", "20 November 2026", "5 ECTS credits",
                "EQF level 6", "urn:uuid:" + id);
        String verifyUrl = text.substring(text.indexOf("verify at ") + "verify at ".length()).trim().split("\\s")[0];
        given().accept("application/json").get(URI.create(verifyUrl).getPath()).then().statusCode(200)
                .body("credentials[0].credential.id", equalTo(id))
                .body("credentials[0].verification.verified", equalTo(true));

        String linkedIn = as(email).queryParam("format", "linkedin").get(base).then().statusCode(200)
                .body("url", startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"))
                .extract().path("url");
        assertThat(URLDecoder.decode(linkedIn, StandardCharsets.UTF_8)).contains("name=Data Literacy uni-x",
                "organizationName=University uni-x", "issueYear=2026", "issueMonth=11", "certId=" + id);
    }

    @Test
    void another_learners_credential_and_unknown_formats_are_refused() {
        String email = "learner." + UUID.randomUUID() + "@student.example";
        String theirs = IssuedCredentials.publish(refs.of("other." + UUID.randomUUID() + "@student.example"));
        String mine = IssuedCredentials.publish(refs.of(email));
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + mine).then()
                .statusCode(200));
        as(email).queryParam("format", "pdf").get("/v1/wallet/credentials/" + theirs + "/export").then()
                .statusCode(404).contentType("application/problem+json");
        as(email).queryParam("format", "docx").get("/v1/wallet/credentials/" + mine + "/export").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static RequestSpecification as(String email) {
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of("learner"), null, email));
    }
}
