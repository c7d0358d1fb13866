package org.credstack.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.RecipientRef;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.testapp.LinkedRecipientsProjection;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class ErasureTest {

    private static final byte[] SECRET = "platform-test-secret".getBytes(StandardCharsets.UTF_8);

    @Inject
    DataSource dataSource;

    @Test
    void learner_erased_purges_what_a_projection_holds_for_that_learner_and_nothing_else() {
        String wallet = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String first = RecipientRef.of(wallet + "@example.org", SECRET);
        String second = RecipientRef.of(wallet + "@example.edu", SECRET);
        String someoneElse = RecipientRef.of(other + "@example.org", SECRET);
        KafkaTestClient.publish(new RecipientLinked(wallet, first), "platform-test", 1);
        KafkaTestClient.publish(new RecipientLinked(wallet, second), "platform-test", 2);
        KafkaTestClient.publish(new RecipientLinked(other, someoneElse), "platform-test", 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(wallet) == 2 && rows(other) == 1);

        KafkaTestClient.publish(new LearnerErased(wallet, List.of(first, second), Instant.now()), "platform-test", 3);

        await().atMost(Duration.ofSeconds(60)).until(() -> rows(wallet) == 0);
        assertThat(rows(other)).isEqualTo(1);
    }

    private long rows(String wallet) {
        return Sql.count(dataSource, "SELECT count(*) FROM " + LinkedRecipientsProjection.TABLE
                + " WHERE wallet_id = ?", wallet);
    }
}
