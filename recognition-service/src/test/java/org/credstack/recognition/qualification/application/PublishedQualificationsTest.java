package org.credstack.recognition.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.catalog.TestInstitution;
import org.credstack.recognition.qualification.api.Definitions;
import org.junit.jupiter.api.Test;

/** The progress engine's view of qualifications: versions in force at an instant, served from memory. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class PublishedQualificationsTest {

    @Inject
    PublishedQualifications published;

    @Test
    void each_instant_is_answered_by_the_version_in_force_then() {
        TestInstitution uni = TestInstitution.create();
        String target = uni.publish("Certificate", "10", 6);
        String stats = uni.publish("Statistics", "5", 6);
        String python = uni.publish("Python", "5", 6);
        awaitCatalogued(target, stats, python);
        Map<String, Object> v1 = Definitions.requiringAchievements("Certificate", target, 5, stats);
        String id = uni.admin().contentType(ContentType.JSON).body(v1).post("/v1/qualifications").then()
                .statusCode(201).extract().path("id");
        Instant beforeV1 = Instant.now().minusMillis(1);
        assertThat(published.latest()).noneMatch(p -> p.qualificationId().equals(id));

        Instant v1At = publish(uni, id, 0);
        uni.admin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Definitions.requiringAchievements("Certificate", target, 10, stats, python))
                .put("/v1/qualifications/" + id).then().statusCode(200);
        assertThat(published.inForceAt(id, Instant.now()).orElseThrow().version()).isEqualTo(1);
        Instant v2At = publish(uni, id, 1);

        assertThat(published.inForceAt(id, beforeV1)).isEmpty();
        assertThat(published.inForceAt(id, v1At).orElseThrow().version()).isEqualTo(1);
        assertThat(published.inForceAt(id, v2At.minusNanos(1000)).orElseThrow().definition().rules().required())
                .hasSize(1);
        PublishedQualification now = published.inForceAt(id, Instant.now()).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.issuerId()).isEqualTo(uni.id);
        assertThat(now.publishedAt()).isEqualTo(v2At);
        assertThat(now.definition().rules().required()).hasSize(2);
        assertThat(published.latest()).filteredOn(p -> p.qualificationId().equals(id))
                .extracting(PublishedQualification::version).containsExactly(2);
        List<PublishedQualification> mine = published.all().stream().filter(p -> p.qualificationId().equals(id))
                .toList();
        assertThat(mine).extracting(PublishedQualification::version).containsExactly(1, 2);
        assertThat(mine).extracting(PublishedQualification::publishedAt).containsExactly(v1At, v2At);
    }

    /** Publishes the draft; the instant it took effect, as the API reports it. */
    private static Instant publish(TestInstitution uni, String id, int index) {
        String at = uni.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then()
                .statusCode(200).extract().path("versions[" + index + "].publishedAt");
        return Instant.parse(at);
    }
}
