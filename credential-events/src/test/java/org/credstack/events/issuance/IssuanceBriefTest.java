package org.credstack.events.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.credstack.events.Contract;
import org.credstack.events.ContractEvent;
import org.credstack.events.EventCatalog;
import org.credstack.events.EventJson;
import org.credstack.events.EventMetadata;
import org.credstack.events.ExampleEvents;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.junit.jupiter.api.Test;

class IssuanceBriefTest {

    @Test
    void a_credential_issued_is_recorded_in_brief_with_every_property_but_the_document() throws Exception {
        CredentialIssued issued = ExampleEvents.awardCredentialIssued();
        ContractEvent brief = IssuanceBrief.of(issued);

        CredentialRecorded recorded = (CredentialRecorded) brief;
        JsonNode full = Contract.wireForm(issued);
        JsonNode slim = Contract.wireForm(recorded);
        Set<String> dropped = new TreeSet<>();
        full.fieldNames().forEachRemaining(dropped::add);
        slim.fieldNames().forEachRemaining(dropped::remove);
        assertEquals(Set.of("credential", "credentialJwt", "status"), dropped);
        slim.fields().forEachRemaining(field -> assertEquals(full.get(field.getKey()), field.getValue(), field.getKey()));
        assertEquals(issued.awardId(), recorded.awardId());
        assertTrue(EventJson.mapper().writeValueAsBytes(recorded).length
                < EventJson.mapper().writeValueAsBytes(issued).length - full.get("credentialJwt").asText().length());
        assertTrue(Contract.schema(EventCatalog.byJavaType(CredentialRecorded.class).orElseThrow())
                .validate(slim).isEmpty());
    }

    @Test
    void every_other_issuance_event_goes_to_the_brief_unchanged() {
        for (ContractEvent event : ExampleEvents.all()) {
            boolean issuance = EventCatalog.byJavaType(event.getClass()).orElseThrow().service()
                    == org.credstack.events.Service.ISSUANCE;
            if (!issuance || event instanceof CredentialIssued || event instanceof CredentialRecorded) {
                continue;
            }
            assertSame(event, IssuanceBrief.of(event), event.getClass().getSimpleName());
        }
    }

    @Test
    void events_of_other_services_and_the_brief_itself_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> IssuanceBrief.of(ExampleEvents.recipientLinked()));
        assertThrows(IllegalArgumentException.class, () -> IssuanceBrief.of(ExampleEvents.awardRequested()));
        assertThrows(IllegalArgumentException.class, () -> IssuanceBrief.of(ExampleEvents.credentialRecorded()));
    }

    @Test
    void the_brief_record_keeps_the_events_id_key_and_sequence_on_its_own_topic() throws Exception {
        CredentialIssued issued = ExampleEvents.credentialIssued();
        EventMetadata metadata = new EventMetadata("tenant-1", "registrar", "corr-1", "cause-1",
                Instant.parse("2025-03-14T09:30:00Z"));
        ProducerRecord<String, byte[]> full = CloudEventCodec.toRecord("event-7", issued, metadata, 3);
        ProducerRecord<String, byte[]> brief = CloudEventCodec.toRecord(IssuanceBrief.TOPIC, "event-7",
                IssuanceBrief.of(issued), metadata, 3);

        assertEquals("credstack.issuance.v1", full.topic());
        assertEquals(IssuanceBrief.TOPIC, brief.topic());
        assertEquals(full.key(), brief.key());
        for (String header : new String[] {CloudEventHeaders.ID, CloudEventHeaders.SEQUENCE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TENANT, CloudEventHeaders.TIME}) {
            assertEquals(text(full, header), text(brief, header), header);
        }
        assertEquals("org.credstack.issuance.CredentialRecorded.v1", text(brief, CloudEventHeaders.TYPE));
        ConsumerRecord<String, byte[]> read = new ConsumerRecord<>(brief.topic(), 0, 0L, brief.key(), brief.value());
        brief.headers().forEach(read.headers()::add);
        assertEquals(IssuanceBrief.of(issued), CloudEventCodec.decode(read).event());
    }

    private static String text(ProducerRecord<String, byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }
}
