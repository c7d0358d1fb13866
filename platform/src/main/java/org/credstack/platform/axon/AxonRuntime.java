package org.credstack.platform.axon;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.credstack.events.EventJson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Axon Framework 4 inside Quarkus, without Spring or Axon Server: the JDBC event store and token store on the
 * service's own Agroal datasource (snake_case tables created by Flyway), Jackson serialization, transactions bridged
 * to JTA. Services contribute aggregates and processors through {@link AxonModule} beans.
 */
@Singleton
public class AxonRuntime {

    private static final Logger LOG = Logger.getLogger(AxonRuntime.class);

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    @Inject
    DataSource dataSource;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    Instance<AxonModule> modules;
    @ConfigProperty(name = "credstack.axon.event-store.batch-size", defaultValue = "100")
    int batchSize;
    /**
     * How long streaming processors wait before reading the event store again when they found nothing. A commit in
     * this JVM wakes them at once; this bounds the delay for events committed by another replica, or inside an
     * outer transaction that the store's commit notification runs ahead of.
     */
    @ConfigProperty(name = "credstack.axon.event-store.fetch-delay", defaultValue = "PT0.05S")
    Duration fetchDelay;
    @ConfigProperty(name = "credstack.axon.node-id", defaultValue = "${quarkus.uuid}")
    String nodeId;

    private volatile Configuration configuration;
    private TransactionManager transactionManager;
    private Serializer serializer;

    /** Starts Axon once Flyway has migrated (Flyway runs at startup before observers of StartupEvent). */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (configuration != null) {
            configuration.shutdown();
        }
    }

    synchronized Configuration start() {
        if (configuration != null) {
            return configuration;
        }
        transactionManager = new JtaTransactionManager(jta);
        serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper().copy()).lenientDeserialization().build();
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureTransactionManager(c -> transactionManager)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureCorrelationDataProviders(c -> List.of(new CausationCorrelationProvider()))
                .configureEventStore(c -> EmbeddedEventStore.builder()
                        .storageEngine(JdbcEventStorageEngine.builder()
                                .connectionProvider(connections)
                                .transactionManager(transactionManager)
                                .schema(EVENT_SCHEMA)
                                .dataType(byte[].class)
                                .eventSerializer(serializer)
                                .snapshotSerializer(serializer)
                                .batchSize(batchSize)
                                // PostgreSQL reports no vendor error code Axon's default resolver knows: read the
                                // SQLState (class 23, integrity violation), so that two commands appending the same
                                // aggregate sequence end in a ConcurrencyException (409), not a 500.
                                .persistenceExceptionResolver(new SQLStateResolver())
                                .build())
                        .fetchDelay(fetchDelay.toMillis())
                        .timeUnit(TimeUnit.MILLISECONDS)
                        .build());
        // Event handler groups that a service does not configure otherwise run as pooled streaming processors.
        configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors());
        configurer.eventProcessing(processing -> processing.registerTokenStore(c -> JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .contentType(byte[].class)
                .nodeId(nodeId)
                .build()));
        for (AxonModule module : modules) {
            module.configure(configurer);
        }
        configuration = configurer.start();
        LOG.infof("Axon started with %d module(s)", modules.stream().count());
        return configuration;
    }

    public Configuration configuration() {
        return start();
    }

    @Produces
    @ApplicationScoped
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    @ApplicationScoped
    EventStore eventStore() {
        return configuration().eventStore();
    }

    @Produces
    @ApplicationScoped
    TokenStore tokenStore() {
        return configuration().eventProcessingConfiguration().tokenStore("kafka-relay");
    }

    public TransactionManager transactionManager() {
        start();
        return transactionManager;
    }
}
