package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The two raw limits a projection rebuild is measured against, on the running stack's data; the
 * {@code rebuild-limits} command (wallet-credentials) and {@code progress-rebuild} (learner-credentials) use it.
 * <ul>
 *   <li>Kafka consume: a consumer without a group reads the projection's topics from offset zero to their end, with
 *       the rebuild's fetch settings, touching every value; records/s.</li>
 *   <li>PostgreSQL COPY: the serving generation's rows of the projection's table, read once into memory
 *       ({@code COPY … TO STDOUT}), then copied into a scratch table made {@code LIKE} it (columns, storage, indexes)
 *       in chunks of 5,000 rows, as the rebuild writes; rows/s. The scratch table is dropped.</li>
 * </ul>
 * Medians over {@code --repeat} runs; CSV rows like the other raw parts. Progress lines go to the error stream.
 */
final class RebuildLimits {

    /**
     * What one projection's rebuild reads and writes.
     *
     * @param service    the service whose database holds the projection: its key under {@code postgres} in stack.json
     * @param projection the projection's name (its row in {@code projection_registry})
     * @param table      the table whose rows the COPY limit writes
     * @param topics     the topics the rebuild replays
     */
    record Spec(String service, String projection, String table, List<String> topics) {
    }

    static final String ISSUANCE_TOPIC = "credstack.issuance.v1";
    static final String WALLET_TOPIC = "credstack.wallet.v1";
    static final String RECOGNITION_TOPIC = "credstack.recognition.v1";
    static final String ISSUANCE_BRIEF_TOPIC = SyntheticCredentials.BRIEF_TOPIC;

    /** The wallet's credentials (issue 4). */
    static final Spec WALLET_CREDENTIALS = new Spec("wallet", "wallet-credentials", "wallet_credential",
            List.of(ISSUANCE_TOPIC, WALLET_TOPIC));
    /** What recognition counts toward progress (the progress benchmarks). */
    static final Spec LEARNER_CREDENTIALS = new Spec("recognition", "learner-credentials", "learner_credential",
            List.of(ISSUANCE_BRIEF_TOPIC, WALLET_TOPIC, RECOGNITION_TOPIC));

    static final int CHUNK_ROWS = 5_000;

    /** One consume run: the records and value bytes read, and how long it took. */
    record Consumed(Summary summary, long records, long bytes, double seconds) {
    }

    private final Spec spec;
    private final JsonNode stack;
    private final Duration progress;
    private final PrintStream out;
    private final PrintStream err;

    RebuildLimits(Spec spec, JsonNode stack, Duration progress, PrintStream out, PrintStream err) {
        this.spec = spec;
        this.stack = stack;
        this.progress = progress;
        this.out = out;
        this.err = err;
    }

    /** The stack description ({@code stack.json}) as a tree. */
    static JsonNode readStack(Path file) throws java.io.IOException {
        if (!Files.isReadable(file)) {
            throw new java.io.IOException("cannot read " + file + ": start the stack first (./credstack up) or give "
                    + "--stack");
        }
        return new ObjectMapper().readTree(Files.readString(file));
    }

    /** The {@code rebuild-limits} command: wallet-credentials' limits, medians of {@code --repeat}, CSV rows. */
    static int command(CliOptions o, PrintStream out, PrintStream err) throws Exception {
        RebuildLimits limits = new RebuildLimits(WALLET_CREDENTIALS, readStack(o.stack), o.progress, out, err);
        List<Summary> consumed = new ArrayList<>();
        List<Summary> copied = new ArrayList<>();
        try (Connection c = limits.connect()) {
            String schema = limits.servingSchema(c);
            List<byte[]> chunks = limits.readRows(c, schema);
            for (int run = 1; run <= o.repeat; run++) {
                consumed.add(limits.consume(run).summary());
                copied.add(limits.copy(c, schema, chunks, run));
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
        return Main.EXIT_OK;
    }

    Spec spec() {
        return spec;
    }

    /** A JDBC connection to the projection's database, as stack.json describes it. */
    Connection connect() throws SQLException {
        JsonNode pg = stack.path("postgres").path(spec.service());
        if (pg.path("url").asText().isEmpty()) {
            throw new IllegalStateException("stack.json has no postgres." + spec.service() + ".url");
        }
        return DriverManager.getConnection(pg.path("url").asText(), pg.path("username").asText(),
                pg.path("password").asText());
    }

    String bootstrap() {
        String bootstrap = stack.path("kafkaBootstrap").asText();
        if (bootstrap.isEmpty()) {
            throw new IllegalStateException("stack.json has no kafkaBootstrap");
        }
        return bootstrap;
    }

    /** The rebuild's consumer settings (platform Projections.rebuildConsumerOverrides), without a group. */
    static Properties consumerProperties(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 << 20));
        return props;
    }

    /** Reads the spec's topics from offset zero to the end offsets seen at the start, touching every value. */
    Consumed consume(int run) {
        AtomicLong records = new AtomicLong();
        long bytes = 0;
        long checksum = 0;
        long start;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(bootstrap()))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : spec.topics()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            start = System.nanoTime();
            try (CountProgress line = CountProgress.start("consume " + run, "records", total, records::get,
                    () -> 0, progress, err)) {
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
        return new Consumed(summary("raw kafka-consume " + String.join("+", spec.topics()), records.get(), seconds),
                records.get(), bytes, seconds);
    }

    /** The schema of the projection's serving generation. */
    String servingSchema(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT schema_name FROM projection_registry WHERE name = ?")) {
            q.setString(1, spec.projection());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("projection " + spec.projection() + " not found in the "
                            + spec.service() + " database");
                }
                return rs.getString(1);
            }
        }
    }

    /** The serving rows in COPY text format, in chunks of {@link #CHUNK_ROWS}. */
    List<byte[]> readRows(Connection c, String schema) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + schema + "." + spec.table() + " TO STDOUT", all);
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
        out.printf(Locale.ROOT, "[setup] %d rows of %s.%s, %.1f MB as COPY text%n", rows, schema, spec.table(),
                bytes.length / 1e6);
        return chunks;
    }

    /** COPYs the chunks into a scratch table {@code LIKE} the serving one (dropped afterwards); rows/s. */
    Summary copy(Connection c, String schema, List<byte[]> chunks, int run) throws Exception {
        String scratch = "bench_copy_" + IssuanceClient.runTag();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + scratch + " (LIKE " + schema + "." + spec.table() + " INCLUDING ALL)");
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
        return summary("raw pg-copy " + spec.table() + " rows (" + CHUNK_ROWS + " per COPY)", rows, seconds);
    }

    static Summary summary(String name, long count, double seconds) {
        return new Summary(name, "raw", 0, seconds, count, 0, seconds > 0 ? count / seconds : 0, LatencySummary.EMPTY,
                Map.of(), Map.of(), 1);
    }
}
