package org.credstack.platform.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.credstack.events.ContractEvent;
import org.credstack.events.EventMetadata;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.platform.axon.EventMetadataKeys;
import org.jboss.logging.Logger;

/**
 * Publishes the service's contract events from its event store to Kafka as CloudEvents. It runs in a
 * streaming (tracking) processor: every event of a batch is sent asynchronously, and the batch's unit of work waits for all
 * acknowledgements before it commits, so the processor's token moves only past events Kafka has acknowledged
 * (acks=all, idempotent producer). A failed batch rolls back and is sent again: consumers see duplicates, never
 * gaps. Events that are not contract events stay in the event store. Each {@link RelayMirror} gets its record of an
 * event in the same batch, so a further stream never runs ahead of or behind the service's own.
 */
public class KafkaRelay {

    private static final Logger LOG = Logger.getLogger(KafkaRelay.class);
    private static final String PENDING = KafkaRelay.class.getName() + ".pending";
    public static final String NO_TENANT = "platform";
    public static final String SYSTEM_ACTOR = "system";

    private final Supplier<Producer<String, byte[]>> producers;
    private final Duration ackTimeout;
    private final RelayHooks hooks;
    private final List<RelayMirror> mirrors;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong lastPosition = new AtomicLong(-1);
    private volatile Producer<String, byte[]> producer;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    public KafkaRelay(Supplier<Producer<String, byte[]>> producers, Duration ackTimeout, RelayHooks hooks,
            List<RelayMirror> mirrors) {
        this.producers = producers;
        this.ackTimeout = ackTimeout;
        this.hooks = hooks;
        this.mirrors = List.copyOf(mirrors);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Batch batch = unitOfWork.getOrComputeResource(PENDING, key -> {
            Batch fresh = new Batch();
            unitOfWork.onPrepareCommit(u -> awaitAcknowledgements(fresh));
            return fresh;
        });
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            tracked.trackingToken().position().ifPresent(p -> batch.position = Math.max(batch.position, p));
        }
        if (!(payload instanceof ContractEvent event)) {
            return;
        }
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        EventMetadata metadata = metadataOf(message);
        batch.sends.add(producer().send(CloudEventCodec.toRecord(message.getIdentifier(), event, metadata, sequence)));
        for (RelayMirror mirror : mirrors) {
            ContractEvent mirrored = mirror.of(event);
            if (mirrored != null) {
                batch.sends.add(producer().send(
                        CloudEventCodec.toRecord(mirror.topic(), message.getIdentifier(), mirrored, metadata, sequence)));
            }
        }
    }

    private void awaitAcknowledgements(Batch batch) {
        try {
            for (Future<RecordMetadata> send : batch.sends) {
                send.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw failed("Kafka did not acknowledge " + batch.sends.size() + " event(s)", e);
        }
        hooks.afterAcknowledged(batch.sends.size());
        published.addAndGet(batch.sends.size());
        if (batch.position >= 0) {
            lastPosition.accumulateAndGet(batch.position, Math::max);
        }
        lastFailure = null;
    }

    private RelayException failed(String what, Exception cause) {
        lastFailureAt = Instant.now();
        Throwable root = cause instanceof ExecutionException && cause.getCause() != null ? cause.getCause() : cause;
        lastFailure = what + ": " + root;
        LOG.warnf("Relay batch not acknowledged, it will be sent again: %s", lastFailure);
        resetProducer();
        return new RelayException(lastFailure, root);
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = producers.get();
                }
                current = producer;
            }
        }
        return current;
    }

    /** A producer whose sends timed out may hold a stale idempotence state: start over with a new one. */
    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /**
     * The event's CloudEvents metadata. An event always gets all five values, so that a malformed history can
     * never wedge the relay: events caused outside any tenant (an operator's action) carry tenant
     * {@value #NO_TENANT}; events without a recorded actor carry {@value #SYSTEM_ACTOR}; a missing correlation or
     * causation id falls back to the event's own id.
     */
    static EventMetadata metadataOf(EventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new EventMetadata(
                text(metaData, EventMetadataKeys.TENANT, NO_TENANT),
                text(metaData, EventMetadataKeys.ACTOR, SYSTEM_ACTOR),
                text(metaData, EventMetadataKeys.CORRELATION_ID, message.getIdentifier()),
                text(metaData, EventMetadataKeys.CAUSATION_ID, message.getIdentifier()),
                message.getTimestamp());
    }

    private static String text(MetaData metaData, String key, String fallback) {
        Object value = metaData.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    /** Records Kafka acknowledged since the start, the mirrors' records included. */
    public long published() {
        return published.get();
    }

    /** Global index of the last event store position whose batch Kafka acknowledged, or -1. */
    public long lastPosition() {
        return lastPosition.get();
    }

    public String lastFailure() {
        return lastFailure;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    private static final class Batch {
        final List<Future<RecordMetadata>> sends = new ArrayList<>();
        long position = -1;
    }
}
