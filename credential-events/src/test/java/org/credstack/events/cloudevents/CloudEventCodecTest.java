package org.credstack.events.cloudevents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.credstack.events.ContractEvent;
import org.credstack.events.EventCatalog;
import org.credstack.events.EventJson;
import org.credstack.events.EventMetadata;
import org.credstack.events.ExampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CloudEventCodecTest {

    static final EventMetadata METADATA = new EventMetadata("b7a4d9e2-5c1f-4e8a-9d3b-2f6c8a1e4b70",
            "user:3f1c9e7a", "corr-7d2e", "cmd-91ab", Instant.parse("2025-03-14T09:30:00.123Z"));
    static final String EVENT_ID = "6f0d3c2a-9b8e-4d71-a5f4-2c1e8b7d6a90";

    @Test
    void a_record_carries_exactly_the_cloudevents_binary_mode_headers() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialIssued(), 42);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ce_specversion", "1.0");
        expected.put("ce_id", EVENT_ID);
        expected.put("ce_source", "/credstack/issuance");
        expected.put("ce_type", "org.credstack.issuance.CredentialIssued.v1");
        expected.put("ce_subject", "9c1e5a7b-3d2f-4b8e-a6c4-7e1f9d3b5a21");
        expected.put("ce_time", "2025-03-14T09:30:00.123Z");
        expected.put("content-type", "application/json");
        expected.put("ce_tenant", "b7a4d9e2-5c1f-4e8a-9d3b-2f6c8a1e4b70");
        expected.put("ce_actor", "user:3f1c9e7a");
        expected.put("ce_correlationid", "corr-7d2e");
        expected.put("ce_causationid", "cmd-91ab");
        expected.put("ce_sequence", "00000000000000000042");
        assertEquals(expected, headers(record));
    }

    @Test
    void key_is_the_aggregate_id_topic_the_services_and_value_the_event_json() throws Exception {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.consentGranted(), 0);
        assertEquals("e3b9a1c7-6d4f-4e2a-8b5c-3a7d1f9e6b02", record.key());
        assertEquals("credstack.wallet.v1", record.topic());
        assertArrayEquals(EventJson.mapper().writeValueAsBytes(ExampleEvents.consentGranted()), record.value());
    }

    @Test
    void sequence_is_zero_padded_to_20_digits() {
        assertEquals("00000000000000000000", CloudEventCodec.formatSequence(0));
        assertEquals("09223372036854775807", CloudEventCodec.formatSequence(Long.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credstack.events.ExampleEvents#all")
    void decoding_an_encoded_event_gives_it_back(ContractEvent event) throws Exception {
        DecodedEvent decoded = CloudEventCodec.decode(consumed(toRecord(event, 7)));
        assertEquals(new DecodedEvent(EVENT_ID, EventCatalog.byJavaType(event.getClass()).orElseThrow(), event,
                METADATA, event.aggregateId(), 7), decoded);
    }

    @Test
    void an_unknown_type_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        set(record, "ce_type", "org.credstack.issuance.CredentialShredded.v1");
        assertUndecodable(record, "unknown ce_type 'org.credstack.issuance.CredentialShredded.v1'");
    }

    @Test
    void a_missing_type_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        record.headers().remove("ce_type");
        assertUndecodable(record, "missing header ce_type");
    }

    @Test
    void a_missing_extension_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        record.headers().remove("ce_tenant");
        assertUndecodable(record, "missing header ce_tenant");
    }

    @Test
    void malformed_json_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        ProducerRecord<String, byte[]> broken = new ProducerRecord<>(record.topic(), null, null, record.key(),
                "{\"credentialId\": ".getBytes(StandardCharsets.UTF_8), record.headers());
        assertUndecodable(broken, "malformed JSON payload for org.credstack.issuance.CredentialRevoked.v1");
    }

    @Test
    void a_payload_that_breaks_the_contract_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        String withAddress = new String(record.value(), StandardCharsets.UTF_8)
                .replace(ExampleEvents.ADA, "ada.lovelace@example.org");
        ProducerRecord<String, byte[]> broken = new ProducerRecord<>(record.topic(), null, null, record.key(),
                withAddress.getBytes(StandardCharsets.UTF_8), record.headers());
        assertUndecodable(broken, "CredentialRevoked.v1");
    }

    @Test
    void a_subject_other_than_the_payloads_aggregate_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        set(record, "ce_subject", "some-other-credential");
        assertUndecodable(record, "differs from the payload's aggregate id");
    }

    @Test
    void a_source_that_does_not_publish_the_type_is_undecodable() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        set(record, "ce_source", "/credstack/wallet");
        assertUndecodable(record, "ce_source '/credstack/wallet' does not publish");
    }

    @Test
    void a_malformed_sequence_or_time_is_undecodable() {
        ProducerRecord<String, byte[]> badSequence = toRecord(ExampleEvents.credentialRevoked(), 1);
        set(badSequence, "ce_sequence", "-1");
        assertUndecodable(badSequence, "ce_sequence '-1' is not a sequence number");
        ProducerRecord<String, byte[]> badTime = toRecord(ExampleEvents.credentialRevoked(), 1);
        set(badTime, "ce_time", "yesterday");
        assertUndecodable(badTime, "ce_time 'yesterday' is not an RFC 3339 timestamp");
    }

    @Test
    void a_time_with_an_offset_is_read_as_the_same_instant() throws Exception {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        set(record, "ce_time", "2025-03-14T10:30:00.123+01:00");
        assertEquals(METADATA.occurredAt(), CloudEventCodec.decode(consumed(record)).metadata().occurredAt());
    }

    @Test
    void the_message_says_where_the_record_is() {
        ProducerRecord<String, byte[]> record = toRecord(ExampleEvents.credentialRevoked(), 1);
        record.headers().remove("ce_id");
        assertUndecodable(record, "credstack.issuance.v1-3@17: missing header ce_id");
    }

    @Test
    void only_contract_events_can_become_records() {
        ContractEvent internal = () -> "aggregate-1";
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> CloudEventCodec.toRecord(EVENT_ID, internal, METADATA, 0));
        assertTrue(thrown.getMessage().contains("not a contract event"), thrown.getMessage());
    }

    private static ProducerRecord<String, byte[]> toRecord(ContractEvent event, long sequence) {
        return CloudEventCodec.toRecord(EVENT_ID, event, METADATA, sequence);
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> record) {
        return new ConsumerRecord<>(record.topic(), 3, 17L, 0L, TimestampType.CREATE_TIME, -1, -1, record.key(),
                record.value(), record.headers(), Optional.empty());
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static void set(ProducerRecord<String, byte[]> record, String header, String value) {
        record.headers().remove(header);
        record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertUndecodable(ProducerRecord<String, byte[]> record, String expectedMessagePart) {
        UndecodableEventException thrown = assertThrows(UndecodableEventException.class,
                () -> CloudEventCodec.decode(consumed(record)));
        assertTrue(thrown.getMessage().contains(expectedMessagePart), thrown.getMessage());
    }
}
