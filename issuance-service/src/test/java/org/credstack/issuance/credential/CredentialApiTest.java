package org.credstack.issuance.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.issuance.credential.CredentialFixtures.as;
import static org.credstack.issuance.credential.CredentialFixtures.didDocument;
import static org.credstack.issuance.credential.CredentialFixtures.draft;
import static org.credstack.issuance.credential.CredentialFixtures.issueBody;
import static org.credstack.issuance.credential.CredentialFixtures.keysOf;
import static org.credstack.issuance.credential.CredentialFixtures.parse;
import static org.credstack.issuance.credential.CredentialFixtures.path;
import static org.credstack.issuance.credential.CredentialFixtures.published;
import static org.credstack.issuance.credential.CredentialFixtures.registerIssuer;
import static org.credstack.issuance.credential.CredentialFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.RecipientRef;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialRecorded;
import org.credstack.events.issuance.IssuanceBrief;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.credstack.issuance.credential.recipient.RecipientRecord;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.ob.StatusListCredentials;
import org.credstack.vc.statuslist.BitstringStatusList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class CredentialApiTest {

    static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.bundled();

    @ConfigProperty(name = "credstack.recipient-ref.secret")
    String recipientRefSecret;

    @Test
    void an_issued_credential_verifies_against_the_issuers_did_document_and_is_stored() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        String email = "ada." + UUID.randomUUID() + "@student.example";

        ExtractableResponse<Response> created = as(token(issuer, "issuer-staff")).body(issueBody(achievement, email))
                .post("/v1/credentials").then().statusCode(201).contentType("application/json").extract();
        ObjectNode credential = parse(created.asString());
        String id = credential.get("id").asText().substring("urn:uuid:".length());
        assertThat(created.header("Location")).endsWith("/v1/credentials/" + id);

        ObjectNode did = didDocument(issuer);
        VerificationResult result = VERIFIER.verify(credential, keysOf(did));
        assertThat(result.valid()).as(result.toString()).isTrue();
        assertThat(credential.at("/issuer/id").asText()).isEqualTo(did.get("id").asText());
        assertThat(credential.at("/credentialSubject/achievement/id").asText())
                .endsWith("/achievements/" + achievement + "/versions/1");
        assertThat(credential.at("/credentialSubject/identifier/0/identityHash").asText()).startsWith("sha256$");
        assertThat(credential.get("validUntil")).as("the achievement's validity of two years").isNotNull();
        assertThat(credential.get("credentialStatus").isObject()).as("a single revocation entry").isTrue();
        assertThat(credential.toString()).doesNotContain(email);

        QuarkusTransaction.requiringNew().run(() -> {
            CredentialRecord record = CredentialRecord.findById(id);
            assertThat(record.status).isEqualTo(CredentialStatus.ACTIVE);
            assertThat(record.recipientRef).isEqualTo(ref(email));
            RecipientRecord recipient = RecipientRecord.findById(new RecipientRecord.Key(ref(email), issuer));
            assertThat(recipient.email).isEqualTo(email);
            assertThat(recipient.learnerId).isEqualTo("s1234567");
            assertThat(recipient.displayName).isEqualTo("Ada Lovelace");
        });

        String readBack = as(admin).accept("application/vc+ld+json").get("/v1/credentials/" + id)
                .then().statusCode(200).contentType("application/vc+ld+json").extract().asString();
        assertThat(parse(readBack)).isEqualTo(credential);
        as(admin).accept("application/json").get("/v1/credentials/" + id)
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void the_status_entries_point_at_served_signed_status_lists_with_the_credentials_bit_clear() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, true);
        ObjectNode credential = parse(as(admin).body(issueBody(achievement, "grace@student.example"))
                .post("/v1/credentials").then().statusCode(201).extract().asString());
        JsonNode status = credential.get("credentialStatus");
        assertThat(status.isArray()).as("revocation and suspension").isTrue();
        assertThat(status.get(0).get("statusPurpose").asText()).isEqualTo("revocation");
        assertThat(status.get(1).get("statusPurpose").asText()).isEqualTo("suspension");

        var keys = keysOf(didDocument(issuer));
        for (JsonNode entry : status) {
            String url = entry.get("statusListCredential").asText();
            assertThat(url).contains("/status-lists/" + issuer + "/" + entry.get("statusPurpose").asText() + "-");
            ExtractableResponse<Response> served = given().get(path(url)).then().statusCode(200)
                    .contentType("application/vc+ld+json").header("Cache-Control", "max-age=60").extract();
            ObjectNode list = parse(served.asString());
            VerificationResult result = VERIFIER.verify(list, keys);
            assertThat(result.valid()).as(result.toString()).isTrue();
            assertThat(list.get("id").asText()).isEqualTo(url);
            assertThat(list.get("issuer").asText()).isEqualTo(credential.at("/issuer/id").asText());
            assertThat(StatusListCredentials.purpose(list).value()).isEqualTo(entry.get("statusPurpose").asText());
            BitstringStatusList bits = StatusListCredentials.list(list);
            assertThat(bits.size()).isGreaterThanOrEqualTo(131_072);
            assertThat(bits.get(Integer.parseInt(entry.get("statusListIndex").asText()))).isFalse();
        }
        given().accept("application/json").get(path(status.get(0).get("statusListCredential").asText()))
                .then().statusCode(200).contentType("application/json");
        given().get("/status-lists/" + issuer + "/revocation-999").then().statusCode(404);
        given().get("/status-lists/" + issuer + "/other-1").then().statusCode(404);
    }

    @Test
    void credential_issued_reaches_kafka_with_the_recipient_ref_and_no_address_of_the_learner() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, true);
        String email = "Learner." + UUID.randomUUID() + "@Student.example";
        String id = parse(as(admin).body(issueBody(achievement, email)).post("/v1/credentials")
                .then().statusCode(201).extract().asString()).get("id").asText().substring("urn:uuid:".length());

        // polled in the test thread: the Kafka client loads its plugins through the thread's context class loader
        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> id.equals(r.key())).findFirst().orElse(null), r -> r != null);
        CredentialIssued event = (CredentialIssued) CloudEventCodec.decode(record).event();
        assertThat(event.recipientRef()).isEqualTo(ref(email)).isEqualTo(ref(email.toLowerCase()));
        assertThat(event.issuerId()).isEqualTo(issuer);
        assertThat(event.achievementVersion()).isEqualTo(1);
        assertThat(event.status()).extracting(s -> s.purpose())
                .containsExactly(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION);
        assertThat(event.credentialJwt()).isNotBlank();
        assertThat(event.credential().get("proof")).isNotNull();

        StringBuilder everything = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
        for (Header header : record.headers()) {
            everything.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
        }
        String all = everything.toString().toLowerCase();
        assertThat(all).doesNotContain(email.toLowerCase()).doesNotContain("student.example")
                .doesNotContain("ada lovelace").doesNotContain("s1234567");

        // the brief stream carries the same event in brief: same id, key and sequence, no signed document
        ConsumerRecord<String, byte[]> brief = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> KafkaTestClient.readAll(IssuanceBrief.TOPIC, Duration.ofMillis(500)).stream()
                        .filter(r -> id.equals(r.key())).findFirst().orElse(null), r -> r != null);
        assertThat(CloudEventCodec.decode(brief).event()).isEqualTo(CredentialRecorded.of(event));
        for (String header : List.of(CloudEventHeaders.ID, CloudEventHeaders.SEQUENCE, CloudEventHeaders.TENANT,
                CloudEventHeaders.CORRELATION_ID)) {
            assertThat(brief.headers().lastHeader(header).value()).as(header)
                    .isEqualTo(record.headers().lastHeader(header).value());
        }
        assertThat(brief.partition()).isEqualTo(record.partition());
        assertThat(new String(brief.value(), StandardCharsets.UTF_8)).doesNotContain("credentialJwt")
                .doesNotContain(event.credentialJwt());
    }

    @Test
    void the_jwt_is_served_by_content_negotiation_signed_rs256_with_a_key_of_the_issuers_did() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        ObjectNode credential = parse(as(admin).body(issueBody(achievement, "alan@student.example"))
                .post("/v1/credentials").then().statusCode(201).extract().asString());
        String id = credential.get("id").asText().substring("urn:uuid:".length());

        for (String type : new String[] {"application/vc+jwt", "application/jwt"}) {
            String jwt = as(admin).accept(type).get("/v1/credentials/" + id)
                    .then().statusCode(200).contentType(type).extract().asString();
            String[] parts = jwt.split("\\.");
            assertThat(parts).hasSize(3);
            ObjectNode header = parse(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
            ObjectNode payload = parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            assertThat(header.get("alg").asText()).isEqualTo("RS256");
            String kid = header.get("kid").asText();
            ObjectNode did = didDocument(issuer);
            assertThat(kid).startsWith(did.get("id").asText() + "#");
            assertThat(payload.get("jti").asText()).isEqualTo(credential.get("id").asText());
            assertThat(payload.get("iss").asText()).isEqualTo(did.get("id").asText());

            JsonNode jwk = null;
            for (JsonNode method : did.get("verificationMethod")) {
                if (method.get("id").asText().equals(kid)) {
                    jwk = method.get("publicKeyJwk");
                }
            }
            assertThat(jwk).as("kid resolves in the DID document").isNotNull();
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asText())),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asText()))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        }
    }

    @Test
    void another_tenants_credential_is_not_found() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        String id = parse(as(admin).body(issueBody(achievement, "bob@student.example")).post("/v1/credentials")
                .then().statusCode(201).extract().asString()).get("id").asText().substring("urn:uuid:".length());
        String other = registerIssuer();

        as(token(other, "issuer-admin")).get("/v1/credentials/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(token(other, "issuer-admin")).body(issueBody(achievement, "bob@student.example"))
                .post("/v1/credentials").then().statusCode(422).body("rule", equalTo("achievement-not-found"));
        as(admin).get("/v1/credentials/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/v1/credentials/" + id).then().statusCode(401);
        as(token(issuer, "learner")).get("/v1/credentials/" + id).then().statusCode(403);
    }

    @Test
    void bad_input_is_answered_with_a_problem_naming_the_field_or_rule() {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        String draftOnly = draft(admin, false);

        as(admin).body(issueBody(achievement, "not-an-address")).post("/v1/credentials").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("recipient.email"));
        as(admin).body(Map.of("recipient", Map.of("email", "a@b.example"))).post("/v1/credentials")
                .then().statusCode(400).body("errors.field", hasItem("achievementId"));
        as(admin).body(Map.of("achievementId", achievement)).post("/v1/credentials")
                .then().statusCode(400).body("errors.field", hasItem("recipient"));
        Map<String, Object> unknownField = issueBody(achievement, "a@b.example");
        unknownField.put("status", "REVOKED");
        as(admin).body(unknownField).post("/v1/credentials").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        Map<String, Object> wrongType = issueBody(achievement, "a@b.example");
        wrongType.put("validFrom", "yesterday");
        as(admin).body(wrongType).post("/v1/credentials").then().statusCode(400)
                .body("errors.field", hasItem("validFrom"));

        Map<String, Object> outOfOrder = issueBody(achievement, "a@b.example");
        outOfOrder.put("validFrom", "2027-01-01T00:00:00Z");
        outOfOrder.put("validUntil", "2026-01-01T00:00:00Z");
        as(admin).body(outOfOrder).post("/v1/credentials").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("valid-until-after-valid-from"));

        as(admin).body(issueBody(UUID.randomUUID().toString(), "a@b.example")).post("/v1/credentials")
                .then().statusCode(422).body("rule", equalTo("achievement-not-found"));
        as(admin).body(issueBody(draftOnly, "a@b.example")).post("/v1/credentials")
                .then().statusCode(422).body("rule", equalTo("achievement-version-not-issuable"));
        Map<String, Object> wrongVersion = issueBody(achievement, "a@b.example");
        wrongVersion.put("achievementVersion", 2);
        as(admin).body(wrongVersion).post("/v1/credentials")
                .then().statusCode(422).body("rule", equalTo("achievement-version-not-issuable"));
    }

    @Test
    void a_retried_request_with_the_same_idempotency_key_issues_once() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin, false);
        Map<String, Object> body = issueBody(achievement, "carol@student.example");
        body.put("validFrom", Instant.parse("2026-12-01T00:00:00Z").toString());
        String key = UUID.randomUUID().toString();
        String first = as(admin).header("Idempotency-Key", key).body(body).post("/v1/credentials")
                .then().statusCode(201).extract().asString();
        String second = as(admin).header("Idempotency-Key", key).body(body).post("/v1/credentials")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(parse(second)).isEqualTo(parse(first));
        assertThat(parse(first).get("validFrom").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(parse(first).get("validUntil").asText()).isEqualTo("2028-12-01T00:00:00Z");
    }

    @Test
    void the_credstack_context_is_served_publicly_as_json_ld_with_a_long_cache() throws Exception {
        String body = given().get("/ns/credstack/v1").then().statusCode(200).contentType("application/ld+json")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000"))
                .extract().asString();
        byte[] bundled;
        try (var in = org.credstack.vc.jsonld.BundledContexts.open(
                org.credstack.vc.jsonld.BundledContexts.CREDSTACK_V1)) {
            bundled = in.readAllBytes();
        }
        assertThat(body).isEqualTo(new String(bundled, StandardCharsets.UTF_8));
        assertThat(parse(body).get("@context")).isNotNull();
    }

    private String ref(String email) {
        return RecipientRef.of(email, recipientRefSecret.getBytes(StandardCharsets.UTF_8));
    }
}
