package org.credstack.issuance.achievement;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.devstack.Devstack;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.platform.testing.KafkaTestClient;

/** Requests, tokens and topic reads the achievement API tests share (and the credential tests reuse). */
public final class AchievementFixtures {

    private AchievementFixtures() {
    }

    static final String ESCO = "http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11";

    public static Map<String, Object> microCredential() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Data Literacy for Public Servants");
        body.put("description", "Reading, questioning and presenting data in policy work.");
        body.put("criteria", "Pass the final assessment with at least 60%.");
        body.put("achievementType", "MicroCredential");
        body.put("learningOutcomes", List.of("Interpret descriptive statistics in policy documents"));
        body.put("creditsAvailable", 3.5);
        body.put("workloadHours", 90);
        body.put("eqfLevel", 5);
        body.put("skills", List.of(Map.of("uri", ESCO, "escoVersion", "v1.2.0", "label", "analyse data")));
        body.put("assessmentType", "Supervised online written exam");
        body.put("formOfParticipation", "online");
        body.put("qualityAssurance", "Internal QA under the institution's NVAO accreditation");
        body.put("validity", "P2Y");
        body.put("suspensionAllowed", true);
        return body;
    }

    public static String registerIssuer() {
        String operator = Devstack.tokens().mint("ops", Set.of("operator"), null, null);
        return given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", "Demo University", "url", "https://demo.example",
                        "email", "registrar@demo.example", "country", "NL"))
                .post("/v1/issuers").then().statusCode(201).extract().path("id");
    }

    public static String token(String tenant, String role) {
        return Devstack.tokens().mint(role + "-user", Set.of(role), tenant, null);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String draft(String admin, Map<String, Object> body) {
        return as(admin).body(body).post("/v1/achievements").then().statusCode(201).extract().path("id");
    }

    static Object decode(ConsumerRecord<String, byte[]> record) throws Exception {
        return CloudEventCodec.decode(record).event();
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    static ConsumerRecord<String, byte[]> find(String key, String type) {
        return records(key).stream()
                .filter(r -> headers(r).get("ce_type").equals("org.credstack.issuance." + type + ".v1"))
                .findFirst().orElse(null);
    }

    /** The issuance topic's records of one achievement, in order. */
    static List<ConsumerRecord<String, byte[]>> records(String key) {
        return KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                .filter(r -> key.equals(r.key())).toList();
    }

    static List<Integer> publishedVersions(String key) {
        List<Integer> versions = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(key)) {
            try {
                if (decode(record) instanceof AchievementPublished event) {
                    versions.add(event.version());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return versions;
    }}
