package org.credstack.wallet.share;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.wallet.credential.IssuedCredentials;
import org.junit.jupiter.api.Test;

/** Share links: made by a learner, opened by anyone (HTML or JSON), limited, withdrawn. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class ShareApiTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    RecipientRefs refs;

    @Test
    void a_share_link_shows_the_credential_with_a_fresh_verification_to_browsers_and_api_clients() {
        String email = email();
        String credential = credentialOf(email);
        String url = as(email).contentType(ContentType.JSON).body(Map.of("credentialIds", List.of(credential),
                "maxViews", 3)).post("/v1/wallet/shares").then().statusCode(201)
                .body("state", equalTo("ACTIVE")).body("url", notNullValue()).extract().path("url");
        String path = URI.create(url).getPath();

        given().accept(ContentType.JSON).get(path).then().statusCode(200)
                .body("credentials", hasSize(1))
                .body("credentials[0].credential.id", equalTo(credential))
                .body("credentials[0].verification.verified", equalTo(true))
                .body("credentials[0].verification.checks.find { it.name == 'signature' }.status", equalTo("PASSED"))
                .body("credentials[0].verification.checks.find { it.name == 'issuer-known' }.status",
                        equalTo("WARNING"));
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get(path).then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-credential-id=\"" + credential + "\""))
                .body(containsString("Verified (VALID)"));
        given().accept(ContentType.JSON).get(path).then().statusCode(200);
        given().accept(ContentType.JSON).get(path).then().statusCode(410).contentType("application/problem+json")
                .body("detail", containsString("viewed as often"));

        as(email).get("/v1/wallet/shares").then().statusCode(200).body("[0].views", equalTo(3))
                .body("[0].state", equalTo("USED_UP")).body("[0].viewedAt", hasSize(3))
                .body("[0].url", equalTo(null));
    }

    @Test
    void a_withdrawn_link_is_gone_and_unknown_links_are_not_found() {
        String email = email();
        String credential = credentialOf(email);
        var created = as(email).contentType(ContentType.JSON).body(Map.of("credentialIds", List.of(credential)))
                .post("/v1/wallet/shares").then().statusCode(201).extract();
        String path = URI.create(created.path("url")).getPath();
        given().accept(ContentType.JSON).get(path).then().statusCode(200);

        as(email(/* another learner */)).delete("/v1/wallet/shares/" + created.path("id")).then().statusCode(404);
        as(email).delete("/v1/wallet/shares/" + created.path("id")).then().statusCode(204);
        given().accept(ContentType.JSON).get(path).then().statusCode(410).body("type", endsWith("share-gone"));
        given().accept(ContentType.HTML).get(path).then().statusCode(410).contentType(containsString("text/html"));
        given().accept(ContentType.JSON).get("/s/" + "x".repeat(43)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void only_the_wallets_own_credentials_can_be_shared_within_the_limits() {
        String email = email();
        String mine = credentialOf(email);
        String theirs = IssuedCredentials.publish(refs.of(email()));
        as(email).contentType(ContentType.JSON).body(Map.of("credentialIds", List.of(mine, theirs)))
                .post("/v1/wallet/shares").then().statusCode(422).body("type", endsWith("credential-not-in-wallet"));
        as(email).contentType(ContentType.JSON).body(Map.of("credentialIds", List.of()))
                .post("/v1/wallet/shares").then().statusCode(400).contentType("application/problem+json");
        as(email).contentType(ContentType.JSON).body(Map.of("credentialIds", List.of(mine), "maxViews", 0))
                .post("/v1/wallet/shares").then().statusCode(400);
        as(email).contentType(ContentType.JSON).body(Map.of("credentialIds", List.of(mine), "expiresAt",
                Instant.now().plus(Duration.ofDays(400)).toString())).post("/v1/wallet/shares").then().statusCode(422)
                .body("type", endsWith("share-expiry"));
        as(email).get("/v1/wallet/shares").then().body("size()", equalTo(0)).body("id", not(hasSize(1)));
    }

    private String credentialOf(String email) {
        String credential = IssuedCredentials.publish(refs.of(email));
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + credential).then()
                .statusCode(200));
        return credential;
    }

    private static RequestSpecification as(String email) {
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of("learner"), null, email));
    }

    private static String email() {
        return "learner." + UUID.randomUUID() + "@student.example";
    }
}
