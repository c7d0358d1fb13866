package org.credstack.issuance.credential.batch;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credstack.issuance.achievement.AchievementFixtures;

/** Issuers, achievements, batch bodies and the polling of a batch, for the batch API tests. */
final class BatchFixtures {

    static final String BATCHES = "/v1/credential-batches";

    private BatchFixtures() {
    }

    static String registerIssuer() {
        return AchievementFixtures.registerIssuer();
    }

    static String token(String tenant, String role) {
        return AchievementFixtures.token(tenant, role);
    }

    static RequestSpecification as(String token) {
        return AchievementFixtures.as(token);
    }

    static RequestSpecification csvAs(String token) {
        return AchievementFixtures.as(token).contentType("text/csv; charset=utf-8");
    }

    static String draft(String admin) {
        return as(admin).body(AchievementFixtures.microCredential()).post("/v1/achievements")
                .then().statusCode(201).extract().path("id");
    }

    static String published(String admin) {
        String id = draft(admin);
        as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static Map<String, Object> row(String achievementId, String email) {
        Map<String, Object> row = new HashMap<>();
        row.put("achievementId", achievementId);
        row.put("recipient", new HashMap<>(Map.of("email", email)));
        return row;
    }

    /** Submits and expects 202; the batch id. */
    static String submit(String token, List<Map<String, Object>> rows) {
        return as(token).body(rows).post(BATCHES).then().statusCode(202).extract().path("id");
    }

    /** Polls the batch until it is completed (bounded generously: the machine is shared); its last state. */
    static JsonPath completed(String token, String batchId) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(token).get(BATCHES + "/" + batchId + "?limit=1000").then().statusCode(200)
                        .extract().jsonPath(), json -> "completed".equals(json.getString("status")));
    }
}
