package org.credstack.platform.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.credstack.platform.kafka.KafkaClients;
import org.credstack.platform.relay.KafkaRelay;
import org.credstack.platform.relay.RelayModule;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports Kafka reachability and the relay's lag behind the event store. It is always UP: commands must keep
 * working while Kafka is down (events wait in the event store), so Kafka must not take the service out of
 * rotation. Operators alert on {@code kafkaReachable=false} or a growing {@code relayLag} instead.
 */
@Readiness
@ApplicationScoped
public class KafkaRelayHealthCheck implements HealthCheck {

    @Inject
    KafkaClients kafka;
    @Inject
    RelayModule relayModule;
    @Inject
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-relay").up();
        builder.withData("kafkaReachable", kafkaReachable());
        KafkaRelay relay = relayModule.relay();
        if (relay != null) {
            long head = head();
            long position = relay.lastPosition();
            builder.withData("eventStoreHead", head);
            builder.withData("relayPosition", position);
            builder.withData("relayLag", Math.max(0, head - position));
            builder.withData("published", relay.published());
            if (relay.lastFailure() != null) {
                builder.withData("lastFailure", relay.lastFailure());
                builder.withData("lastFailureAt", relay.lastFailureAt().toString());
            }
        }
        return builder.build();
    }

    private Admin admin;

    /** One admin client for all probes: creating one per probe would open connections every few seconds. */
    private synchronized boolean kafkaReachable() {
        try {
            if (admin == null) {
                admin = kafka.admin();
            }
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private long head() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT coalesce(max(global_index), -1) FROM domain_event_entry");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

}
