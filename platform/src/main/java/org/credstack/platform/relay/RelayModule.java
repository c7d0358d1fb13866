package org.credstack.platform.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.axonframework.config.Configurer;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.kafka.KafkaClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers the relay as its own streaming processor ({@value #PROCESSOR}) with its own token. It is a tracking
 * processor: it blocks on the embedded event store's stream, which the store wakes when a local transaction
 * commits, so events leave for Kafka within milliseconds (a pooled processor's coordinator polls this store every
 * 500 ms, since the store's stream offers no availability callback). Errors propagate, so a batch Kafka did not
 * acknowledge is retried (with the processor's back-off) instead of skipped.
 */
@ApplicationScoped
public class RelayModule implements AxonModule {

    public static final String PROCESSOR = "kafka-relay";

    @Inject
    KafkaClients kafka;
    @Inject
    RelayHooks hooks;
    @Inject
    Instance<RelayMirror> mirrors;
    @ConfigProperty(name = "credstack.relay.enabled", defaultValue = "true")
    boolean enabled;
    /** Events per batch; all of a batch are in flight together and acknowledged together. */
    @ConfigProperty(name = "credstack.relay.batch-size", defaultValue = "500")
    int batchSize;
    /** Producer linger: a small wait lets one request carry many events. */
    @ConfigProperty(name = "credstack.relay.linger-ms", defaultValue = "1")
    int lingerMs;
    /** How long a batch may wait for Kafka before it is given up and retried. */
    @ConfigProperty(name = "credstack.relay.ack-timeout", defaultValue = "PT15S")
    Duration ackTimeout;

    private KafkaRelay relay;

    @Override
    public void configure(Configurer configurer) {
        if (!enabled) {
            return;
        }
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) ackTimeout.toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ackTimeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min((ackTimeout.toMillis() - lingerMs) / 2, 30_000));
        relay = new KafkaRelay(() -> kafka.producer(PROCESSOR, producerConfig), ackTimeout.plusSeconds(1), hooks,
                mirrors.stream().toList());
        configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(PROCESSOR, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                .andInitialSegmentsCount(1)
                                .andTokenClaimInterval(1, TimeUnit.SECONDS))
                .registerEventHandler(c -> relay)
                .assignHandlerInstancesMatching(PROCESSOR, Integer.MAX_VALUE, handler -> handler == relay)
                .registerListenerInvocationErrorHandler(PROCESSOR, c -> PropagatingErrorHandler.instance())
                .registerErrorHandler(PROCESSOR, c -> PropagatingErrorHandler.instance()));
        configurer.onShutdown(() -> relay.close());
    }

    public KafkaRelay relay() {
        return relay;
    }
}
