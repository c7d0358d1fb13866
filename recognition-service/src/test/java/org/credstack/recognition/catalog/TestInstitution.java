package org.credstack.recognition.catalog;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.credstack.devstack.Devstack;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.platform.security.Roles;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.qualification.domain.AchievementCatalog.AchievementFacts;

/**
 * A fresh institution for one test: its tokens, and achievements it publishes on credstack.issuance.v1 as issuance
 * would, which reach recognition's catalogue through the learner-credentials projection.
 */
public final class TestInstitution {

    public static final Duration BOUND = Duration.ofSeconds(60);

    public final String id;

    private TestInstitution(String id) {
        this.id = id;
    }

    public static TestInstitution create() {
        return new TestInstitution("uni-" + UUID.randomUUID());
    }

    /** Publishes version {@code version} of an achievement; its id. Wait with {@link #awaitCatalogued}. */
    public String publish(String achievementId, int version, String name, String credits, Integer eqfLevel) {
        AchievementSnapshot snapshot = new AchievementSnapshot(name, "A micro-credential of " + id,
                "MicroCredential", credits == null ? null : new BigDecimal(credits), null, eqfLevel, List.of(),
                List.of("Does what the name says"), false, null);
        KafkaTestClient.publish(new AchievementPublished(achievementId, id, version, snapshot), id, version - 1L);
        return achievementId;
    }

    /** Publishes version 1 of a new achievement; its id. */
    public String publish(String name, String credits, Integer eqfLevel) {
        return publish("ach-" + UUID.randomUUID(), 1, name, credits, eqfLevel);
    }

    public void retire(String achievementId, int version, long sequence) {
        KafkaTestClient.publish(new AchievementRetired(achievementId, id, version, "Replaced"), id, sequence);
    }

    /** Waits until every achievement is in recognition's catalogue. */
    public static void awaitCatalogued(String... achievementIds) {
        await().atMost(BOUND).until(() -> Set.of(achievementIds).stream()
                .allMatch(a -> catalog().find(a).isPresent()));
    }

    /** Waits until recognition's catalogue (and its memory of it) shows what {@code facts} expects. */
    public static void awaitCatalogue(String achievementId, Predicate<AchievementFacts> facts) {
        await().atMost(BOUND).until(() -> catalog().find(achievementId).filter(facts).isPresent());
    }

    public static void awaitRetired(String achievementId) {
        await().atMost(BOUND).until(() -> catalog().retired(achievementId));
    }

    private static CatalogAchievements catalog() {
        return Arc.container().instance(CatalogAchievements.class).get();
    }

    public RequestSpecification admin() {
        return as(Roles.ISSUER_ADMIN);
    }

    public RequestSpecification staff() {
        return as(Roles.ISSUER_STAFF);
    }

    public RequestSpecification assessor() {
        return as(Roles.ASSESSOR);
    }

    public static RequestSpecification learner() {
        String email = "learner." + UUID.randomUUID() + "@student.example";
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of(Roles.LEARNER), null, email));
    }

    private RequestSpecification as(String role) {
        return given().auth().oauth2(Devstack.tokens().mint(role + "@" + id, Set.of(role), id, null));
    }
}
