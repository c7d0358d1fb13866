package org.credstack.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.credstack.events.issuance.IssuerRegistered;
import org.junit.jupiter.api.Test;

/**
 * What every service with the issuer directory must do, whatever else it is: learn institutions from the issuance
 * stream alone and serve them publicly. A service's test extends this with its own {@code @QuarkusTest} setup.
 */
public abstract class IssuerDirectoryContract {

    @Test
    void an_issuer_registered_on_the_issuance_stream_is_listed_and_unknown_ones_answer_404() {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.publish(new IssuerRegistered(id, "did:web:localhost%3A8081:issuers:" + id,
                "Open Polytechnic", "https://open.example", "office@open.example", "NZ", "NZQA", List.of()), id, 0);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/v1/institutions/" + id)
                .then().statusCode(200).body("name", equalTo("Open Polytechnic")).body("country", equalTo("NZ")));
        given().get("/v1/institutions").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
        given().get("/v1/institutions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
