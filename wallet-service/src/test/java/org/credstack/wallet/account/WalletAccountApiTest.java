package org.credstack.wallet.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.wallet.credential.IssuedCredentials;
import org.junit.jupiter.api.Test;

/** A learner's account over REST: addresses proven by e-mailed codes, their events on credstack.wallet.v1, erasure. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class WalletAccountApiTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");

    @Inject
    RecipientRefs refs;
    @Inject
    MockMailbox mailbox;

    @Test
    void a_further_address_is_linked_with_the_code_sent_to_it_and_its_credentials_join_the_wallet() {
        String signIn = email();
        String alumni = email();
        String walletId = as(signIn).get("/v1/wallet").then().statusCode(200)
                .body("addresses.email", containsInAnyOrder(signIn)).body("addresses[0].signIn", equalTo(true))
                .extract().path("walletId");
        String oldCredential = IssuedCredentials.publish(refs.of(alumni));

        as(signIn).contentType(ContentType.JSON).body(Map.of("email", alumni)).post("/v1/wallet/emails")
                .then().statusCode(202);
        String code = codeSentTo(alumni);
        String wrong = code.equals("000000") ? "111111" : "000000";
        as(signIn).contentType(ContentType.JSON).body(Map.of("email", alumni, "code", wrong))
                .post("/v1/wallet/emails/verify").then().statusCode(422).body("type", endsWith("code-invalid"));
        as(signIn).contentType(ContentType.JSON).body(Map.of("email", alumni, "code", code))
                .post("/v1/wallet/emails/verify").then().statusCode(200)
                .body("addresses.email", containsInAnyOrder(signIn, alumni));
        await().atMost(BOUND).untilAsserted(() -> as(signIn).get("/v1/wallet/credentials/" + oldCredential).then()
                .statusCode(200));
        // the code is used up
        as(signIn).contentType(ContentType.JSON).body(Map.of("email", alumni, "code", code))
                .post("/v1/wallet/emails/verify").then().statusCode(422)
                .body("type", endsWith("no-pending-verification"));

        await().atMost(BOUND).untilAsserted(() -> assertThat(walletEvents(walletId)).contains(
                new RecipientLinked(walletId, refs.of(signIn)), new RecipientLinked(walletId, refs.of(alumni))));

        as(signIn).delete("/v1/wallet/emails/" + refs.of(alumni)).then().statusCode(204);
        as(signIn).get("/v1/wallet/credentials/" + oldCredential).then().statusCode(404);
        as(signIn).delete("/v1/wallet/emails/" + refs.of(signIn)).then().statusCode(409)
                .body("type", endsWith("sign-in-address"));
        as(signIn).delete("/v1/wallet/emails/" + refs.of(email())).then().statusCode(404);
        await().atMost(BOUND).untilAsserted(() -> assertThat(walletEvents(walletId))
                .contains(new RecipientUnlinked(walletId, refs.of(alumni))));
    }

    @Test
    void an_address_of_another_wallet_cannot_be_linked_and_codes_expire_after_wrong_guesses() {
        String first = email();
        String second = email();
        as(first).get("/v1/wallet").then().statusCode(200);
        as(second).get("/v1/wallet").then().statusCode(200);
        as(first).contentType(ContentType.JSON).body(Map.of("email", second)).post("/v1/wallet/emails")
                .then().statusCode(202);
        as(first).contentType(ContentType.JSON).body(Map.of("email", second, "code", codeSentTo(second)))
                .post("/v1/wallet/emails/verify").then().statusCode(409)
                .body("type", endsWith("address-linked-elsewhere"));
        as(first).contentType(ContentType.JSON).body(Map.of("email", first)).post("/v1/wallet/emails")
                .then().statusCode(409).body("type", endsWith("address-already-linked"));

        String third = email();
        as(first).contentType(ContentType.JSON).body(Map.of("email", third)).post("/v1/wallet/emails")
                .then().statusCode(202);
        String code = codeSentTo(third);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            as(first).contentType(ContentType.JSON).body(Map.of("email", third, "code", wrong))
                    .post("/v1/wallet/emails/verify").then().statusCode(422);
        }
        as(first).contentType(ContentType.JSON).body(Map.of("email", third, "code", code))
                .post("/v1/wallet/emails/verify").then().statusCode(422).body("type", endsWith("code-expired"));
    }

    @Test
    void malformed_requests_are_400_problems() {
        String learner = email();
        as(learner).contentType(ContentType.JSON).body(Map.of("email", "not an address")).post("/v1/wallet/emails")
                .then().statusCode(400).contentType("application/problem+json");
        as(learner).contentType(ContentType.JSON).body("{\"email\": ").post("/v1/wallet/emails")
                .then().statusCode(400).contentType("application/problem+json");
        as(learner).contentType(ContentType.JSON).body(Map.of("email", email(), "code", "12ab56"))
                .post("/v1/wallet/emails/verify").then().statusCode(400).contentType("application/problem+json");
        as(learner).contentType(ContentType.JSON).body(Map.of("email", email(), "code", "123456", "admin", true))
                .post("/v1/wallet/emails/verify").then().statusCode(400);
    }

    @Test
    void deleting_the_wallet_publishes_learner_erased_and_empties_it() {
        String learner = email();
        String walletId = as(learner).get("/v1/wallet").then().statusCode(200).extract().path("walletId");
        String credential = IssuedCredentials.publish(refs.of(learner));
        await().atMost(BOUND).untilAsserted(() -> as(learner).get("/v1/wallet/credentials/" + credential).then()
                .statusCode(200));

        as(learner).delete("/v1/wallet").then().statusCode(204);

        await().atMost(BOUND).untilAsserted(() -> assertThat(walletEvents(walletId)).anySatisfy(event -> assertThat(
                event).isInstanceOfSatisfying(LearnerErased.class, erased -> assertThat(erased.recipientRefs())
                .containsExactly(refs.of(learner)))));
        // signing in again opens a new, empty wallet: the credential rows were purged on LearnerErased
        await().atMost(BOUND).untilAsserted(() -> as(learner).get("/v1/wallet/credentials").then().statusCode(200)
                .body("items", hasSize(0)));
        String again = as(learner).get("/v1/wallet").then().statusCode(200).extract().path("walletId");
        assertThat(again).isNotEqualTo(walletId);
    }

    private String codeSentTo(String address) {
        await().atMost(BOUND).until(() -> !mailbox.getMailsSentTo(address).isEmpty());
        List<Mail> mails = mailbox.getMailsSentTo(address);
        Matcher matcher = CODE.matcher(mails.get(mails.size() - 1).getText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static List<Object> walletEvents(String walletId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readAll(Service.WALLET.topic(),
                Duration.ofMillis(500));
        return records.stream().filter(r -> walletId.equals(r.key())).map(r -> {
            try {
                DecodedEvent decoded = CloudEventCodec.decode(r);
                return (Object) decoded.event();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private static RequestSpecification as(String email) {
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of("learner"), null, email));
    }

    private static String email() {
        return "learner." + UUID.randomUUID() + "@student.example";
    }
}
