package org.credstack.recognition.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;
import static org.credstack.recognition.qualification.api.Definitions.achievement;
import static org.credstack.recognition.qualification.api.Definitions.qualification;
import static org.credstack.recognition.qualification.api.Definitions.requiring;
import static org.credstack.recognition.qualification.api.Definitions.requiringAchievements;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.qualification.domain.QualificationGraph.QualificationFacts;
import org.junit.jupiter.api.Test;

/** The qualification graph the rule check walks for nesting and cycles. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class CatalogQualificationsTest {

    @Inject
    CatalogQualifications graph;

    @Test
    void a_qualification_goes_by_its_newest_published_version_and_nests_what_any_version_nests() {
        TestInstitution uni = TestInstitution.create();
        String target = uni.publish("Certificate", "10", 6);
        String diploma = uni.publish("Diploma", "20", 6);
        String stats = uni.publish("Statistics", "5", 6);
        awaitCatalogued(target, diploma, stats);
        String foundations = define(uni, requiringAchievements("Foundations", target, 5, stats));
        Map<String, Object> nesting = requiring("Diploma", diploma, 10, List.of(qualification(foundations)));
        String outer = define(uni, nesting);

        assertThat(graph.find(foundations)).contains(new QualificationFacts(uni.id, "Foundations",
                new BigDecimal("5"), Set.of()));
        assertThat(graph.find(outer).orElseThrow().componentQualificationIds()).containsExactly(foundations);

        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + outer + "/publish").then().statusCode(200);
        uni.admin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(requiring("Diploma (2027)", diploma, 12, List.of(achievement(stats))))
                .put("/v1/qualifications/" + outer).then().statusCode(200);

        QualificationFacts facts = graph.current().find(outer).orElseThrow();
        assertThat(facts.name()).isEqualTo("Diploma");
        assertThat(facts.creditsRequired()).isEqualByComparingTo("10");
        assertThat(facts.componentQualificationIds()).containsExactly(foundations);
        assertThat(graph.find("no-such-qualification")).isEmpty();
    }

    private static String define(TestInstitution uni, Map<String, Object> definition) {
        return uni.admin().contentType(ContentType.JSON).body(definition).post("/v1/qualifications").then()
                .statusCode(201).extract().path("id");
    }
}
