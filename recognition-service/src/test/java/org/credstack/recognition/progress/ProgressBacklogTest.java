package org.credstack.recognition.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.recognition.progress.ProgressAndAwardTest.randomRef;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.learner.ProgressQueue;
import org.junit.jupiter.api.Test;

/** A backlog (a rebuild, a bulk issuance) drains in claims larger than one batch, every learner taken off the queue. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class ProgressBacklogTest {

    @Inject
    DataSource dataSource;
    @Inject
    ProgressTimings timings;

    @Test
    void a_backlog_of_more_learners_than_a_backlog_claim_drains_completely() throws Exception {
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            learners.add(randomRef());
        }
        long before = timings.after(0).last();
        try (Connection c = dataSource.getConnection()) {
            ProgressQueue queue = new ProgressQueue();
            queue.everything(learners);
            queue.queue(c, "progress_pending", Instant.now().minusSeconds(1));
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(stillQueued(learners)).isZero());
        assertThat(timings.after(0).last() - before).isGreaterThanOrEqualTo(learners.size());
    }

    private long stillQueued(List<String> learners) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM progress_pending WHERE learner_key = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", learners.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
