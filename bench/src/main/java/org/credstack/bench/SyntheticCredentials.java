package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * {@code CredentialIssued} records made from one real one, for seeding a rebuild with many credentials without issuing
 * each through the API. The template is a record issuance published for a credential the bench issued; each synthetic
 * record is its value with new top-level {@code credentialId}, {@code recipientRef}, {@code achievementId},
 * {@code issuedAt}, {@code validFrom} and {@code validUntil} (the template's validity kept) and the embedded
 * credential's {@code id} ({@code urn:uuid:<credentialId>}), with the template's headers carrying a new
 * {@code ce_id}, {@code ce_subject} = credentialId, {@code ce_time} and {@code ce_sequence} 0, keyed by the
 * credentialId (so it lands on the partition issuance would have chosen).
 * <p>
 * Everything else is the template's: the achievement and issuer snapshots, the status entries, the signed
 * credential's other fields, its proof and the VC-JWT. Those no longer match the new ids, so the records would not
 * verify; nothing on a projection's rebuild path verifies signatures, so for a rebuild they are the real thing.
 * <p>
 * The value is rendered once with markers where the new values go and split there, so that making a record is a
 * few array copies, not a JSON round trip (a million records of ~8 KB each).
 */
final class SyntheticCredentials {

    static final String TYPE = "org.credstack.issuance.CredentialIssued.v1";
    /** The same credential on issuance's brief stream (D42), without the signed document. */
    static final String BRIEF_TYPE = "org.credstack.issuance.CredentialRecorded.v1";
    static final String BRIEF_TOPIC = "credstack.issuance.brief.v1";
    static final String ID = "ce_id";
    static final String TYPE_HEADER = "ce_type";
    static final String SUBJECT = "ce_subject";
    static final String TIME = "ce_time";
    static final String SEQUENCE = "ce_sequence";

    /** The fields filled per record, in the order of {@link #values}. */
    private enum Field { CREDENTIAL_ID, RECIPIENT_REF, ACHIEVEMENT_ID, ISSUED_AT, VALID_FROM, VALID_UNTIL }

    private static final String MARK = "@@bench-synthetic:";

    private final String topic;
    private final List<Header> headers;
    private final byte[][] segments;
    private final Field[] fields;
    private final Duration validity;
    private final int sequenceDigits;
    private final int templateBytes;

    private SyntheticCredentials(String topic, List<Header> headers, byte[][] segments, Field[] fields,
                                 Duration validity, int sequenceDigits, int templateBytes) {
        this.topic = topic;
        this.headers = headers;
        this.segments = segments;
        this.fields = fields;
        this.validity = validity;
        this.sequenceDigits = sequenceDigits;
        this.templateBytes = templateBytes;
    }

    /** From a {@code CredentialIssued} record as issuance published it. */
    static SyntheticCredentials of(ConsumerRecord<String, byte[]> template, ObjectMapper json) throws Exception {
        return of(template.topic(), template.value(), template.headers(), json);
    }

    static SyntheticCredentials of(String topic, byte[] value, Headers headers, ObjectMapper json) throws Exception {
        for (String required : List.of(ID, SUBJECT, TIME, SEQUENCE)) {
            if (headers.lastHeader(required) == null) {
                throw new IllegalArgumentException("the template record has no " + required + " header");
            }
        }
        Header type = headers.lastHeader(TYPE_HEADER);
        String typeName = type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
        if (!TYPE.equals(typeName) && !BRIEF_TYPE.equals(typeName)) {
            throw new IllegalArgumentException("the template record is not a " + TYPE + " or a " + BRIEF_TYPE);
        }
        boolean issued = TYPE.equals(typeName);
        JsonNode tree = json.readTree(value);
        if (!(tree instanceof ObjectNode event) || (issued && !event.path("credential").isObject())) {
            throw new IllegalArgumentException("the template value is not a CredentialIssued with a credential");
        }
        Duration validity = null;
        if (event.path("validUntil").isTextual()) {
            validity = Duration.between(Instant.parse(event.path("issuedAt").asText()),
                    Instant.parse(event.path("validUntil").asText()));
            event.put("validUntil", marker(Field.VALID_UNTIL));
        }
        event.put("credentialId", marker(Field.CREDENTIAL_ID));
        event.put("recipientRef", marker(Field.RECIPIENT_REF));
        event.put("achievementId", marker(Field.ACHIEVEMENT_ID));
        event.put("issuedAt", marker(Field.ISSUED_AT));
        event.put("validFrom", marker(Field.VALID_FROM));
        if (issued) {
            ((ObjectNode) event.get("credential")).put("id", "urn:uuid:" + marker(Field.CREDENTIAL_ID));
        }
        String rendered = json.writeValueAsString(event);

        List<byte[]> parts = new ArrayList<>();
        List<Field> order = new ArrayList<>();
        int from = 0;
        for (int at; (at = rendered.indexOf(MARK, from)) >= 0; ) {
            int end = rendered.indexOf("@@", at + MARK.length());
            parts.add(rendered.substring(from, at).getBytes(StandardCharsets.UTF_8));
            order.add(Field.valueOf(rendered.substring(at + MARK.length(), end)));
            from = end + 2;
        }
        parts.add(rendered.substring(from).getBytes(StandardCharsets.UTF_8));
        List<Header> copied = new ArrayList<>();
        headers.forEach(h -> copied.add(h));
        int digits = headers.lastHeader(SEQUENCE).value().length;
        return new SyntheticCredentials(topic, List.copyOf(copied), parts.toArray(new byte[0][]),
                order.toArray(new Field[0]), validity, digits, value.length);
    }

    private static String marker(Field f) {
        return MARK + f.name() + "@@";
    }

    String topic() {
        return topic;
    }

    int templateBytes() {
        return templateBytes;
    }

    /**
     * One record: event {@code eventId}, a new credential of {@code achievementId} for {@code recipientRef}, issued at
     * {@code at}. The CredentialIssued and its CredentialRecorded share the event id, as the relay sends them.
     */
    ProducerRecord<String, byte[]> record(String eventId, String credentialId, String recipientRef,
                                          String achievementId, Instant at) {
        String time = DateTimeFormatter.ISO_INSTANT.format(at);
        Map<Field, String> values = Map.of(Field.CREDENTIAL_ID, safe(credentialId), Field.RECIPIENT_REF,
                safe(recipientRef), Field.ACHIEVEMENT_ID, safe(achievementId), Field.ISSUED_AT, time,
                Field.VALID_FROM, time, Field.VALID_UNTIL,
                validity == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at.plus(validity)));
        ByteArrayOutputStream value = new ByteArrayOutputStream(templateBytes + 256);
        for (int i = 0; i < fields.length; i++) {
            value.writeBytes(segments[i]);
            value.writeBytes(values.get(fields[i]).getBytes(StandardCharsets.US_ASCII));
        }
        value.writeBytes(segments[segments.length - 1]);
        RecordHeaders out = new RecordHeaders();
        for (Header h : headers) {
            byte[] v = switch (h.key()) {
                case ID -> eventId.getBytes(StandardCharsets.UTF_8);
                case SUBJECT -> credentialId.getBytes(StandardCharsets.UTF_8);
                case TIME -> time.getBytes(StandardCharsets.UTF_8);
                case SEQUENCE -> String.format(Locale.ROOT, "%0" + sequenceDigits + "d", 0)
                        .getBytes(StandardCharsets.UTF_8);
                default -> h.value();
            };
            out.add(h.key(), v);
        }
        return new ProducerRecord<>(topic, null, null, credentialId, value.toByteArray(), out);
    }

    /** The values go into JSON strings as they are: ids and hex only, nothing that needs escaping. */
    private static String safe(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalArgumentException("not a plain id: " + v);
            }
        }
        return v;
    }

    /** Learner {@code n}'s recipientRef in run {@code tag}: 64 lowercase hex (SHA-256 of "bench-tag-n"). */
    static String recipientRef(String tag, long n) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(("bench-" + tag + "-" + n).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code issue} (which issues one credential and returns its id) and reads that credential's record of each
     * wanted topic back ({@code topic → ce_type}: the CredentialIssued and its CredentialRecorded): a consumer without
     * a group, positioned at the end offsets seen before the call, polls until a record with {@code ce_subject} = the
     * id and the wanted type has arrived on every topic, or {@code bound} passes.
     */
    static Map<String, ConsumerRecord<String, byte[]>> issueAndReadBack(String bootstrap, Map<String, String> wanted,
            Callable<String> issue, Duration bound) throws Exception {
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(RebuildLimits.consumerProperties(bootstrap))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : wanted.keySet()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end offsets now, before the credential exists
            String id = issue.call();
            Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
            long deadline = System.nanoTime() + bound.toNanos();
            while (System.nanoTime() < deadline && found.size() < wanted.size()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (header(r.headers(), SUBJECT).equals(id)
                            && header(r.headers(), TYPE_HEADER).equals(wanted.get(r.topic()))) {
                        found.putIfAbsent(r.topic(), r);
                    }
                }
            }
            if (found.size() < wanted.size()) {
                throw new IllegalStateException("the records of credential " + id + " did not all appear on "
                        + wanted.keySet() + " within " + Durations.format(bound) + " (found on " + found.keySet()
                        + ")");
            }
            return found;
        }
    }

    static String header(Headers headers, String key) {
        Header h = headers.lastHeader(key);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The header keys of a record, in order (for checks and tests). */
    static List<String> headerKeys(Headers headers) {
        return Arrays.stream(headers.toArray()).map(Header::key).toList();
    }
}
