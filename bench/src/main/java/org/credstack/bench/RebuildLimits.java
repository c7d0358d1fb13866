package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code rebuild-limits}: the two raw limits a projection rebuild is measured against, on the running stack's data.
 * <ul>
 *   <li>Kafka consume: a consumer without a group reads the projection's topics from offset zero to their end, with
 *       the rebuild's fetch settings, touching every value; records/s.</li>
 *   <li>PostgreSQL COPY: the serving generation's rows of the projection's table, read once into memory
 *       ({@code COPY … TO STDOUT}), then copied into a scratch table made {@code LIKE} it (columns, storage, indexes)
 *       in chunks of 5,000 rows, as the rebuild writes; rows/s. The scratch table is dropped.</li>
 * </ul>
 * Medians over {@code --repeat} runs; CSV rows like the other raw parts.
 */
final class RebuildLimits {

    static final List<String> TOPICS = List.of("credstack.issuance.v1", "credstack.wallet.v1");
    static final String PROJECTION = "wallet-credentials";
    static final String TABLE = "wallet_credential";
    private static final int CHUNK_ROWS = 5_000;

    private final CliOptions o;
    private final PrintStream out;

    RebuildLimits(CliOptions o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    int run() throws Exception {
        JsonNode stack = new ObjectMapper().readTree(Files.readString(o.stack));
        String bootstrap = stack.at("/kafkaBootstrap").asText();
        JsonNode pg = stack.at("/postgres/wallet");
        List<Summary> consumed = new ArrayList<>();
        List<Summary> copied = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.at("/url").asText(), pg.at("/username").asText(),
                pg.at("/password").asText())) {
            String schema = servingSchema(c);
            List<byte[]> chunks = readRows(c, schema);
            for (int run = 1; run <= o.repeat; run++) {
                consumed.add(consume(bootstrap, run));
                copied.add(copy(c, schema, chunks, run));
            }
        }
        Summary consume = Summary.median(consumed);
        Summary copy = Summary.median(copied);
        out.printf(Locale.ROOT, "== rebuild raw limits (median of %d) ==%n", o.repeat);
        out.printf(Locale.ROOT, "%-44s %12.1f records/s%n", consume.scenario(), consume.throughput());
        out.printf(Locale.ROOT, "%-44s %12.1f rows/s%n", copy.scenario(), copy.throughput());
        out.printf(Locale.ROOT, "half the lower limit: %.1f events/s%n",
                Math.min(consume.throughput(), copy.throughput()) / 2);
        if (o.csv != null) {
            CsvResultWriter csv = new CsvResultWriter(o.csv);
            csv.append(consume, o.label, Instant.now());
            csv.append(copy, o.label, Instant.now());
        }
        return 0;
    }

    private Summary consume(String bootstrap, int run) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20"); // the rebuild's settings (platform Projections)
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 << 20));
        AtomicLong records = new AtomicLong();
        long bytes = 0;
        long checksum = 0;
        long start;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            start = System.nanoTime();
            try (CountProgress progress = CountProgress.start("consume " + run, "records", total, records::get,
                    () -> 0, o.progress, out)) {
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(200));
                    for (ConsumerRecord<String, byte[]> r : polled) {
                        bytes += r.serializedValueSize();
                        checksum += r.value()[r.value().length / 2]; // touch the value, as a consumer would
                    }
                    records.addAndGet(polled.count());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "[consume %d] %d records, %.1f MB in %.2f s: %.0f records/s (checksum %d)%n", run,
                records.get(), bytes / 1e6, seconds, records.get() / seconds, checksum);
        return summary("raw kafka-consume " + String.join("+", TOPICS), records.get(), seconds);
    }

    private static String servingSchema(Connection c) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT schema_name FROM projection_registry WHERE name = ?")) {
            q.setString(1, PROJECTION);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("projection " + PROJECTION + " not found in the wallet database");
                }
                return rs.getString(1);
            }
        }
    }

    /** The serving rows in COPY text format, in chunks of {@link #CHUNK_ROWS}. */
    private List<byte[]> readRows(Connection c, String schema) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + schema + "." + TABLE + " TO STDOUT", all);
        byte[] bytes = all.toByteArray();
        List<byte[]> chunks = new ArrayList<>();
        int from = 0;
        int rows = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++rows % CHUNK_ROWS == 0) {
                chunks.add(java.util.Arrays.copyOfRange(bytes, from, i + 1));
                from = i + 1;
            }
        }
        if (from < bytes.length) {
            chunks.add(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
        }
        out.printf(Locale.ROOT, "[setup] %d rows of %s.%s, %.1f MB as COPY text%n", rows, schema, TABLE,
                bytes.length / 1e6);
        return chunks;
    }

    private Summary copy(Connection c, String schema, List<byte[]> chunks, int run) throws Exception {
        String scratch = "bench_copy_" + IssuanceClient.runTag();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + scratch + " (LIKE " + schema + "." + TABLE + " INCLUDING ALL)");
        }
        long rows = 0;
        double seconds;
        try {
            long start = System.nanoTime();
            for (byte[] chunk : chunks) {
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + scratch + " FROM STDIN");
                copy.writeToCopy(chunk, 0, chunk.length);
                rows += copy.endCopy();
            }
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + scratch);
            }
        }
        out.printf(Locale.ROOT, "[copy %d] %d rows in %.2f s: %.0f rows/s%n", run, rows, seconds, rows / seconds);
        return summary("raw pg-copy " + TABLE + " rows (" + CHUNK_ROWS + " per COPY)", rows, seconds);
    }

    private static Summary summary(String name, long count, double seconds) {
        return new Summary(name, "raw", 0, seconds, count, 0, count / seconds, LatencySummary.EMPTY, Map.of(),
                Map.of(), 1);
    }
}
