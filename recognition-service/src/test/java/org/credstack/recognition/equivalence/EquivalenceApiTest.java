package org.credstack.recognition.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.catalog.TestInstitution;
import org.credstack.recognition.equivalence.application.Equivalences;
import org.credstack.recognition.qualification.domain.CreditEquivalence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credit transfer rules over HTTP, and the progress engine's cached view of them. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class EquivalenceApiTest {

    @Inject
    Equivalences equivalences;

    private TestInstitution uni;
    private TestInstitution partner;
    private String stats;
    private String ml;
    private String partnerStats;

    @BeforeEach
    void catalogue() {
        uni = TestInstitution.create();
        partner = TestInstitution.create();
        stats = uni.publish("Statistics", "5", 6);
        ml = uni.publish("Machine Learning", "5", 6);
        partnerStats = partner.publish("Applied Statistics", "6", 6);
        awaitCatalogued(stats, ml, partnerStats);
    }

    @Test
    void a_registrar_records_a_rule_that_counts_for_every_qualification() {
        String id = uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "5"))
                .post("/v1/equivalences").then().statusCode(201)
                .header("Location", containsString("/v1/equivalences/")).body("issuerId", equalTo(uni.id))
                .body("externalIssuerId", equalTo(partner.id)).body("credits", equalTo(5))
                .body("exceedsInternalCredits", equalTo(false)).extract().path("id");

        uni.staff().get("/v1/equivalences").then().statusCode(200).body("items.id", contains(id));
        uni.assessor().get("/v1/equivalences/" + id).then().statusCode(200).body("countsAs", equalTo(stats));
        assertThat(equivalences.ofIssuer(uni.id)).containsExactly(
                new CreditEquivalence(id, partner.id, partnerStats, stats, new BigDecimal("5")));
        assertThat(equivalences.ofIssuer(partner.id)).isEmpty();
    }

    @Test
    void the_same_external_achievement_counting_as_the_same_one_twice_is_a_conflict() {
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "5")).post("/v1/equivalences")
                .then().statusCode(201);
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "4")).post("/v1/equivalences")
                .then().statusCode(409).body("type", endsWith("duplicate-equivalence"));
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, ml, "5")).post("/v1/equivalences")
                .then().statusCode(201);
        uni.staff().get("/v1/equivalences").then().body("items", hasSize(2));
    }

    @Test
    void rules_naming_unknown_own_or_foreign_achievements_are_refused_with_every_reason() {
        uni.admin().contentType(ContentType.JSON).body(rule("ach-never-published", "ach-nor-this", "5"))
                .post("/v1/equivalences").then().statusCode(422)
                .body("errors.rule", contains("unknown-achievement", "unknown-achievement"))
                .body("errors.field", contains("externalAchievementId", "countsAs"));
        uni.admin().contentType(ContentType.JSON).body(with(rule(ml, stats, "5"), "externalIssuerId", uni.id))
                .post("/v1/equivalences").then().statusCode(422)
                .body("errors.rule", contains("equivalence-of-own-achievement"));
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, partnerStats, "5"))
                .post("/v1/equivalences").then().statusCode(422)
                .body("errors.rule", contains("counts-as-not-own-achievement"));
        uni.admin().contentType(ContentType.JSON).body(with(rule(partnerStats, stats, "5"), "externalIssuerId",
                "someone-else")).post("/v1/equivalences").then().statusCode(422)
                .body("errors.rule", contains("equivalent-issuer-mismatch"));
        uni.staff().get("/v1/equivalences").then().body("items", hasSize(0));
    }

    @Test
    void credits_above_the_internal_achievement_need_saying_so() {
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "6")).post("/v1/equivalences")
                .then().statusCode(422).body("errors[0].rule", equalTo("equivalence-credits-above-internal"))
                .body("errors[0].field", equalTo("credits"));
        uni.admin().contentType(ContentType.JSON).body(with(rule(partnerStats, stats, "6"), "exceedsInternalCredits",
                true)).post("/v1/equivalences").then().statusCode(201).body("exceedsInternalCredits", equalTo(true));
    }

    @Test
    void malformed_rules_are_400_naming_the_field() {
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "0")).post("/v1/equivalences")
                .then().statusCode(400).body("errors[0].field", equalTo("credits"));
        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "1.125")).post("/v1/equivalences")
                .then().statusCode(400).body("errors[0].field", equalTo("credits"));
        uni.admin().contentType(ContentType.JSON).body(with(rule(partnerStats, stats, "5"), "countsAs", ""))
                .post("/v1/equivalences").then().statusCode(400).body("errors.field", containsInAnyOrder("countsAs"));
        uni.staff().contentType(ContentType.JSON).body(rule(partnerStats, stats, "5")).post("/v1/equivalences")
                .then().statusCode(403);
    }

    @Test
    void a_withdrawn_rule_stops_counting_stays_readable_and_can_be_recorded_afresh() {
        String id = uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "5"))
                .post("/v1/equivalences").then().statusCode(201).extract().path("id");
        TestInstitution.learner().delete("/v1/equivalences/" + id).then().statusCode(403);
        partner.admin().delete("/v1/equivalences/" + id).then().statusCode(404);
        partner.staff().get("/v1/equivalences/" + id).then().statusCode(404);

        uni.admin().delete("/v1/equivalences/" + id).then().statusCode(204);
        uni.admin().delete("/v1/equivalences/" + id).then().statusCode(204);
        uni.staff().get("/v1/equivalences").then().body("items", hasSize(0));
        uni.staff().get("/v1/equivalences?includeWithdrawn=true").then().body("items[0].withdrawnAt", notNullValue());
        assertThat(equivalences.ofIssuer(uni.id)).isEmpty();

        uni.admin().contentType(ContentType.JSON).body(rule(partnerStats, stats, "4")).post("/v1/equivalences")
                .then().statusCode(201);
        assertThat(equivalences.ofIssuer(uni.id)).extracting(CreditEquivalence::credits)
                .containsExactly(new BigDecimal("4"));
    }

    private Map<String, Object> rule(String external, String countsAs, String credits) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("externalIssuerId", external.equals(partnerStats) ? partner.id : uni.id);
        rule.put("externalAchievementId", external);
        rule.put("countsAs", countsAs);
        rule.put("credits", new BigDecimal(credits));
        return rule;
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
