package org.credstack.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.lessThan;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;

/** Qualifications defined and published at recognition by an institution's issuer-admin. */
final class Qualifications {

    private Qualifications() {
    }

    /**
     * Defines and publishes a qualification; its id. Defining waits until recognition's achievement catalogue (fed by
     * AchievementPublished over Kafka) knows every component: until then the rules name unknown achievements (422).
     */
    static String publish(Institution institution, Map<String, Object> definition) {
        Response created = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> institution.atRecognition("registrar", "issuer-admin").body(definition)
                        .post("/v1/qualifications"), response -> response.statusCode() == 201);
        String id = created.path("id");
        institution.atRecognition("registrar", "issuer-admin").header("If-Match", "*")
                .post("/v1/qualifications/" + id + "/publish").then().statusCode(lessThan(300));
        return id;
    }
}
