package org.credstack.recognition.qualification.api;

import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogue;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;
import static org.credstack.recognition.catalog.TestInstitution.awaitRetired;
import static org.credstack.recognition.qualification.api.Definitions.achievement;
import static org.credstack.recognition.qualification.api.Definitions.qualification;
import static org.credstack.recognition.qualification.api.Definitions.requiring;
import static org.credstack.recognition.qualification.api.Definitions.requiringAchievements;
import static org.credstack.recognition.qualification.api.Definitions.withRule;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.catalog.TestInstitution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Definitions that can never be met are refused with every reason, its field and its rule. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class QualificationRuleCheckApiTest {

    private TestInstitution uni;
    private String target;
    private String stats;
    private String python;

    @BeforeEach
    void catalogue() {
        uni = TestInstitution.create();
        target = uni.publish("Certificate in Data Analytics", "15", 6);
        stats = uni.publish("Statistics for Data Analysis", "5", 6);
        python = uni.publish("Python for Data Analysis", "5", 6);
        awaitCatalogued(target, stats, python);
    }

    @Test
    void an_elective_group_asking_for_more_components_than_it_has_is_refused_with_its_field() {
        Map<String, Object> definition = withRule(requiringAchievements("Certificate", target, 10, stats),
                "electiveGroups", List.of(Map.of("name", "Data electives", "choose", 3,
                        "components", List.of(achievement(python), achievement("ach-unknown")))));
        uni.admin().contentType(ContentType.JSON).body(definition).post("/v1/qualifications").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/rule/elective-group-unsatisfiable"))
                .body("errors[0].rule", equalTo("elective-group-unsatisfiable"))
                .body("errors[0].field", equalTo("rules.electiveGroups[0].choose"))
                .body("errors[0].message", equalTo("Elective group 'Data electives' asks for 3 of 2 components"));
    }

    @Test
    void credits_and_eqf_levels_out_of_reach_are_listed_together() {
        Map<String, Object> definition = withRule(withRule(requiringAchievements("Certificate", target, 40, stats,
                python), "maxRplShare", 0.25), "minEqfLevel", 7);
        uni.admin().contentType(ContentType.JSON).body(definition).post("/v1/qualifications").then()
                .statusCode(422)
                .body("errors.rule", containsInAnyOrder("eqf-unreachable", "eqf-unreachable", "credits-unreachable"))
                .body("errors.field", containsInAnyOrder("rules.required[0]", "rules.required[1]",
                        "creditsRequired"))
                .body("errors.find { it.rule == 'credits-unreachable' }.message", containsString(
                        "40.0 credits are required, but the components carry at most 10.0"));
        uni.staff().get("/v1/qualifications").then().body("items.size()", equalTo(0));
    }

    @Test
    void a_cycle_between_two_qualifications_is_refused() {
        String q2 = define(requiringAchievements("Foundations", target, 5, stats));
        String q1Target = uni.publish("Diploma", "20", 6);
        awaitCatalogued(q1Target);
        define(requiring("Diploma", q1Target, 10, List.of(qualification(q2), achievement(python))));
        String q1 = uni.staff().get("/v1/qualifications").path("items.find { it.name == 'Diploma' }.id");

        uni.admin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(requiring("Foundations", target, 5, List.of(achievement(stats), qualification(q1))))
                .put("/v1/qualifications/" + q2).then().statusCode(422)
                .body("rule", equalTo("component-cycle"))
                .body("errors[0].field", equalTo("rules.required[1]"))
                .body("errors[0].message", equalTo("'Foundations' would include itself: 'Foundations' → 'Diploma' → "
                        + "'Foundations'"));
    }

    @Test
    void another_institutions_qualification_cannot_be_nested() {
        TestInstitution other = TestInstitution.create();
        String otherTarget = other.publish("Their certificate", "5", 6);
        awaitCatalogued(otherTarget);
        String theirs = other.admin().contentType(ContentType.JSON)
                .body(requiringAchievements("Theirs", otherTarget, 5, stats)).post("/v1/qualifications")
                .then().statusCode(201).extract().path("id");
        uni.admin().contentType(ContentType.JSON)
                .body(requiring("Mine", target, 5, List.of(qualification(theirs)))).post("/v1/qualifications")
                .then().statusCode(422).body("errors.rule", hasItem("unknown-qualification"));
    }

    @Test
    void the_target_must_be_the_institutions_own_published_achievement() {
        TestInstitution other = TestInstitution.create();
        String theirs = other.publish("Their certificate", "5", 6);
        awaitCatalogued(theirs);
        uni.admin().contentType(ContentType.JSON).body(requiringAchievements("Mine", theirs, 5, stats))
                .post("/v1/qualifications").then().statusCode(422)
                .body("errors.rule", hasItem("target-not-own-achievement"));
        uni.admin().contentType(ContentType.JSON).body(requiringAchievements("Mine", "ach-never-published", 5, stats))
                .post("/v1/qualifications").then().statusCode(422)
                .body("errors.field", hasItem("targetAchievementId"));
    }

    @Test
    void publishing_checks_the_draft_again_against_the_catalogue_as_it_is_now() {
        String id = define(withRule(requiringAchievements("Certificate", target, 10, stats, python),
                "minEqfLevel", 6));
        // Python's next version is at EQF 5: the draft saved before can no longer be met.
        uni.publish(python, 2, "Python for Data Analysis", "5", 5);
        awaitCatalogue(python, facts -> facts.eqfLevel() == 5);
        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then().statusCode(422)
                .body("errors[0].rule", equalTo("eqf-unreachable"))
                .body("errors[0].field", equalTo("rules.required[1]"));
        uni.staff().get("/v1/qualifications/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void a_retired_target_is_refused() {
        String retiring = uni.publish("Old certificate", "10", 6);
        awaitCatalogued(retiring);
        uni.retire(retiring, 1, 1);
        awaitRetired(retiring);
        uni.admin().contentType(ContentType.JSON).body(requiringAchievements("Old", retiring, 5, stats))
                .post("/v1/qualifications").then().statusCode(422)
                .body("errors.rule", hasItem("target-achievement-retired"));
    }

    @Test
    void unreadable_definitions_are_400_naming_the_field() {
        uni.admin().contentType(ContentType.JSON).body(Map.of("name", "X", "targetAchievementId", target,
                "creditsRequired", 5, "awardPolicy", "SOMETIMES", "rules", Map.of())).post("/v1/qualifications")
                .then().statusCode(400).body("errors[0].field", equalTo("awardPolicy"));
        uni.admin().contentType(ContentType.JSON).body(withRule(requiringAchievements("X", target, 5, stats),
                "electives", List.of())).post("/v1/qualifications").then().statusCode(400)
                .body("detail", containsString("electives"));
        uni.admin().contentType(ContentType.JSON).body("{").post("/v1/qualifications").then().statusCode(400);
        uni.admin().contentType(ContentType.JSON).body(Map.of()).post("/v1/qualifications").then().statusCode(422)
                .body("errors.rule", hasItem("qualification-name-required"));
    }

    private String define(Map<String, Object> definition) {
        return uni.admin().contentType(ContentType.JSON).body(definition).post("/v1/qualifications")
                .then().statusCode(201).extract().path("id");
    }
}
