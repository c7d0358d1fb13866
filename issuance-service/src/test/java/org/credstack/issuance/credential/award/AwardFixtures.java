package org.credstack.issuance.credential.award;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.devstack.Devstack;
import org.credstack.events.ContractEvent;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.issuance.achievement.AchievementFixtures;
import org.credstack.issuance.credential.CredentialFixtures;
import org.credstack.platform.projection.Projections;
import org.credstack.platform.testing.KafkaTestClient;

/** An issuer, its achievements and a learner it issued to; award requests as recognition sends them; what follows. */
final class AwardFixtures {

    static final String QUALIFICATION_NAME = "Certificate in Public Data Practice";
    static final String COMPONENT_NAME = "Data Literacy for Public Servants";

    private AwardFixtures() {
    }

    /** An issuer with a component and a qualification achievement, and a learner holding the component. */
    record Institution(String issuerId, String admin, String component, String qualification, String email,
                       String componentCredentialId) {
    }

    static Institution institution() {
        String issuer = AchievementFixtures.registerIssuer();
        String admin = AchievementFixtures.token(issuer, "issuer-admin");
        String component = published(admin, COMPONENT_NAME, "MicroCredential");
        String qualification = published(admin, QUALIFICATION_NAME, "Certificate");
        String email = "award." + UUID.randomUUID() + "@student.example";
        return new Institution(issuer, admin, component, qualification, email, issue(admin, component, email));
    }

    static String draft(String admin, String name, String type) {
        Map<String, Object> body = AchievementFixtures.microCredential();
        body.put("name", name);
        body.put("achievementType", type);
        body.put("suspensionAllowed", false);
        return AchievementFixtures.as(admin).body(body).post("/v1/achievements").then().statusCode(201)
                .extract().path("id");
    }

    static String published(String admin, String name, String type) {
        String id = draft(admin, name, type);
        AchievementFixtures.as(admin).post("/v1/achievements/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Issues over REST, which is how issuance comes to hold the learner's address; the credential's id. */
    static String issue(String admin, String achievement, String email) {
        return AchievementFixtures.as(admin).body(Map.of("achievementId", achievement, "recipient",
                        Map.of("email", email, "learnerId", "s7654321", "displayName", "Grace Hopper")))
                .post("/v1/credentials").then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
    }

    static AwardRequested award(String issuerId, String achievement, List<String> recipientRefs,
                                List<String> counted) {
        return new AwardRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1, issuerId,
                achievement, UUID.randomUUID().toString(), recipientRefs, counted, new BigDecimal("7.0"));
    }

    static void publish(ContractEvent event, String issuerId, long sequence) {
        KafkaTestClient.publish(event, issuerId, sequence);
    }

    static String operator() {
        return Devstack.tokens().mint("ops", Set.of("operator"), null, null);
    }

    /** The award's row as operators see it, or null before the projection recorded it. */
    static JsonNode request(String issuerId, String awardId) throws Exception {
        JsonNode page = CredentialFixtures.parse(given().auth().oauth2(operator()).queryParam("issuer", issuerId)
                .get("/admin/award-requests").then().statusCode(200).extract().asString());
        for (JsonNode item : page.get("items")) {
            if (awardId.equals(item.get("awardId").asText())) {
                return item;
            }
        }
        return null;
    }

    static JsonNode awaitState(String issuerId, String awardId, String state) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> request(issuerId, awardId),
                row -> row != null && state.equals(row.get("state").asText()));
    }

    /** The events of one aggregate on the issuance topic, once at least {@code atLeast} of them are there. */
    static List<Object> issuanceEvents(String key, int atLeast) {
        // polled in the test thread: the Kafka client loads its plugins through the thread's context class loader
        return await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(
                () -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> key.equals(r.key())).map(r -> (Object) decode(r)).toList(),
                events -> events.size() >= atLeast);
    }

    /**
     * The last sequence of the award the award-requests projection has applied (-1 for none): once it reached a
     * redelivery's sequence, that redelivery has been through the projection.
     */
    static long appliedSequence(String awardId) {
        Projections projections = Arc.container().instance(Projections.class).get();
        String schema = projections.serving(projections.byName("award-requests")).schema();
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT last_sequence FROM "
                        + schema + ".applied_position WHERE aggregate_id = ?1").setParameter(1, awardId)
                .getResultStream().mapToLong(n -> ((Number) n).longValue()).findFirst().orElse(-1L));
    }

    static void awaitApplied(String awardId, long sequence) {
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedSequence(awardId) >= sequence);
    }

    private static ContractEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.decode(record).event();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
