package org.credstack.recognition.qualification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.recognition.catalog.TestInstitution.BOUND;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.catalog.TestInstitution;
import org.junit.jupiter.api.Test;

/** Publishing reaches credstack.recognition.v1 through the relay; drafts never leave the service. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class QualificationPublishedEventTest {

    @Test
    void a_published_version_is_a_qualification_published_event_keyed_by_the_qualification() {
        TestInstitution uni = TestInstitution.create();
        String target = uni.publish("Certificate in Data Analytics", "15", 6);
        String stats = uni.publish("Statistics for Data Analysis", "7.5", 6);
        awaitCatalogued(target, stats);
        String id = uni.admin().contentType(ContentType.JSON)
                .body(Definitions.requiringAchievements("Certificate in Data Analytics", target, 7.5, stats))
                .post("/v1/qualifications").then().statusCode(201).extract().path("id");
        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + id + "/publish").then().statusCode(200);

        await().atMost(BOUND).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readAll(Service.RECOGNITION.topic(),
                    Duration.ofMillis(500)).stream().filter(r -> id.equals(r.key())).toList();
            assertThat(records).hasSize(1);
            QualificationPublished published = (QualificationPublished) CloudEventCodec.decode(records.get(0))
                    .event();
            assertThat(published.issuerId()).isEqualTo(uni.id);
            assertThat(published.version()).isEqualTo(1);
            assertThat(published.targetAchievementId()).isEqualTo(target);
            assertThat(published.creditsRequired()).isEqualByComparingTo(new BigDecimal("7.5"));
            assertThat(published.awardPolicy()).isEqualTo(AwardPolicy.AUTOMATIC);
            assertThat(published.rules().path("required").get(0).path("achievementId").asText()).isEqualTo(stats);
            assertThat(new String(records.get(0).headers().lastHeader(CloudEventHeaders.TENANT).value(),
                    StandardCharsets.UTF_8)).isEqualTo(uni.id);
        });
    }
}
