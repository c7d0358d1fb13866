package org.credstack.recognition.qualification.api;

import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;
import static org.credstack.recognition.qualification.api.Definitions.requiringAchievements;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.catalog.TestInstitution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Defining, revising and publishing over HTTP, with ETags, Idempotency-Key and roles. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class QualificationApiTest {

    private TestInstitution uni;
    private Map<String, Object> certificate;

    @BeforeEach
    void catalogue() {
        uni = TestInstitution.create();
        String target = uni.publish("Certificate in Data Analytics", "15", 6);
        String stats = uni.publish("Statistics for Data Analysis", "5", 6);
        String python = uni.publish("Python for Data Analysis", "5", 6);
        String vis = uni.publish("Data Visualisation", "5", 6);
        awaitCatalogued(target, stats, python, vis);
        certificate = requiringAchievements("Certificate in Data Analytics", target, 15, stats, python, vis);
    }

    @Test
    void a_registrar_defines_revises_and_publishes_a_certificate() {
        Response defined = uni.admin().contentType(ContentType.JSON).body(certificate).post("/v1/qualifications");
        defined.then().statusCode(201).header("Location", containsString("/v1/qualifications/"))
                .header("ETag", notNullValue()).body("state", equalTo("DRAFT")).body("draftVersion", equalTo(1))
                .body("draft.definition.rules.required", hasSize(3)).body("versions", hasSize(0));
        String id = defined.path("id");
        String etag = defined.header("ETag");
        uni.staff().get("/v1/qualifications/" + id).then().statusCode(200).header("ETag", equalTo(etag));

        String revised = uni.admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Definitions.with(certificate, "awardPolicy", "CONFIRMED")).put("/v1/qualifications/" + id)
                .then().statusCode(200).body("latestVersion", equalTo(1))
                .body("draft.definition.awardPolicy", equalTo("CONFIRMED")).header("ETag", not(equalTo(etag)))
                .extract().header("ETag");

        String published = uni.admin().header("If-Match", revised).post("/v1/qualifications/" + id + "/publish")
                .then().statusCode(200).body("state", equalTo("PUBLISHED")).body("publishedVersion", equalTo(1))
                .body("draft", nullValue()).body("versions[0].publishedAt", notNullValue())
                .body("versions[0].definition.awardPolicy", equalTo("CONFIRMED")).extract().header("ETag");

        uni.admin().contentType(ContentType.JSON).header("If-Match", published)
                .body(Definitions.withRule(certificate, "recencyYears", 5)).put("/v1/qualifications/" + id)
                .then().statusCode(200).body("latestVersion", equalTo(2)).body("draftVersion", equalTo(2))
                .body("publishedVersion", equalTo(1)).body("draft.definition.rules.recencyYears", equalTo(5))
                .body("versions", hasSize(1));
        uni.assessor().get("/v1/qualifications").then().statusCode(200).body("items.id", contains(id))
                .body("items[0].state", equalTo("PUBLISHED")).body("items[0].draftVersion", equalTo(2))
                .body("items[0].versions.version", contains(1));
    }

    @Test
    void a_retried_definition_with_the_same_idempotency_key_is_answered_once() {
        String key = UUID.randomUUID().toString();
        String first = uni.admin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(certificate)
                .post("/v1/qualifications").then().statusCode(201).extract().path("id");
        uni.admin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(certificate)
                .post("/v1/qualifications").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        uni.staff().get("/v1/qualifications").then().body("items", hasSize(1));
    }

    @Test
    void changes_need_the_current_version_in_if_match() {
        String id = define();
        uni.admin().contentType(ContentType.JSON).body(certificate).put("/v1/qualifications/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        uni.admin().post("/v1/qualifications/" + id + "/publish").then().statusCode(428);
        uni.admin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(certificate)
                .put("/v1/qualifications/" + id).then().statusCode(412).body("rule", equalTo("stale-version"));
        uni.admin().header("If-Match", "\"7\"").post("/v1/qualifications/" + id + "/publish")
                .then().statusCode(412);
        uni.admin().header("If-Match", "not-an-etag").post("/v1/qualifications/" + id + "/publish")
                .then().statusCode(400);
        uni.staff().get("/v1/qualifications/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void publishing_without_a_new_draft_is_a_conflict() {
        String id = define();
        String etag = uni.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish")
                .then().statusCode(200).extract().header("ETag");
        uni.admin().header("If-Match", etag).post("/v1/qualifications/" + id + "/publish").then().statusCode(409)
                .body("type", endsWith("no-draft-to-publish"));
    }

    @Test
    void another_institutions_qualification_is_not_found_until_published_and_never_writable() {
        String id = define();
        TestInstitution other = TestInstitution.create();
        other.admin().get("/v1/qualifications/" + id).then().statusCode(404);
        other.admin().contentType(ContentType.JSON).header("If-Match", "*").body(certificate)
                .put("/v1/qualifications/" + id).then().statusCode(404);
        other.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then().statusCode(404);
        other.staff().get("/v1/qualifications").then().statusCode(200).body("items", hasSize(0));
        other.staff().get("/v1/qualifications?issuerId=" + uni.id).then().statusCode(403);

        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then().statusCode(200);
        other.staff().get("/v1/qualifications/" + id).then().statusCode(200).body("draft", nullValue())
                .body("versions", hasSize(1)).header("ETag", nullValue());
        other.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then().statusCode(404);
    }

    @Test
    void learners_see_the_published_qualifications_of_an_institution_only() {
        String draftOnly = define();
        String published = define();
        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + published + "/publish")
                .then().statusCode(200);

        TestInstitution.learner().get("/v1/qualifications").then().statusCode(403);
        TestInstitution.learner().get("/v1/qualifications?published=true").then().statusCode(400);
        TestInstitution.learner().get("/v1/qualifications?published=maybe&issuerId=" + uni.id).then()
                .statusCode(400);
        TestInstitution.learner().get("/v1/qualifications?published=true&issuerId=" + uni.id).then()
                .statusCode(200).body("items.id", contains(published)).body("items[0].draftVersion", nullValue());
        TestInstitution.learner().get("/v1/qualifications/" + draftOnly).then().statusCode(404);
        TestInstitution.learner().get("/v1/qualifications/" + published).then().statusCode(200)
                .body("versions[0].definition.name", equalTo("Certificate in Data Analytics"));
    }

    @Test
    void only_issuer_admins_write() {
        uni.staff().contentType(ContentType.JSON).body(certificate).post("/v1/qualifications").then()
                .statusCode(403);
        TestInstitution.learner().contentType(ContentType.JSON).body(certificate).post("/v1/qualifications").then()
                .statusCode(403);
        io.restassured.RestAssured.given().get("/v1/qualifications").then().statusCode(401);
    }

    private String define() {
        return uni.admin().contentType(ContentType.JSON).body(certificate).post("/v1/qualifications")
                .then().statusCode(201).extract().path("id");
    }
}
