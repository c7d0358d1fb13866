package org.credstack.issuance.credential.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class RecipientErasureTest {

    @Inject
    Recipients recipients;
    @Inject
    RecipientRefs refs;

    @Test
    void learner_erased_on_the_wallet_stream_deletes_the_learners_recipient_rows_and_nothing_else() {
        String erasedEmail = "erase." + UUID.randomUUID() + "@student.example";
        String keptEmail = "keep." + UUID.randomUUID() + "@student.example";
        String erased = refs.of(erasedEmail);
        String kept = refs.of(keptEmail);
        QuarkusTransaction.requiringNew().run(() -> {
            recipients.remember(erased, "issuer-a", erasedEmail, "s1", "Ada", Instant.now());
            recipients.remember(erased, "issuer-b", erasedEmail, null, null, Instant.now());
            recipients.remember(kept, "issuer-a", keptEmail, "s2", "Grace", Instant.now());
        });

        KafkaTestClient.publish(new LearnerErased(UUID.randomUUID().toString(), List.of(erased), Instant.now()),
                "platform", 0);

        await().atMost(Duration.ofSeconds(60)).until(() -> count(erased) == 0);
        assertThat(count(kept)).isEqualTo(1);
    }

    private static long count(String recipientRef) {
        return QuarkusTransaction.requiringNew().call(
                () -> RecipientRecord.count("recipientRef", recipientRef));
    }
}
