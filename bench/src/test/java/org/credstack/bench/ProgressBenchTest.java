package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress benchmarks' own logic, without a stack: options, seeding records, timings, the qualification plan. */
class ProgressBenchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // --- command line

    @Test
    void optionsAreParsedWithTheCommandsDefaultsLeftOpen() throws Exception {
        CliOptions re = CliOptions.parse(new String[] {"progress-reevaluation", "--achievements", "20",
                "--qualifications", "5", "--credentials", "20", "--events", "20", "--warmup-events", "0", "--rate",
                "5", "--raw-reads", "50", "--recognition-url", "http://127.0.0.1:9083", "--repeat", "2"});
        assertEquals(20, re.achievements);
        assertEquals(5, re.qualifications);
        assertEquals(20, re.credentials);
        assertEquals(20L, re.events);
        assertEquals(0, re.warmupEvents);
        assertEquals(5.0, re.rate);
        assertEquals(50, re.rawReads);
        assertEquals("http://127.0.0.1:9083", re.recognitionUrl);

        CliOptions defaults = CliOptions.parse(new String[] {"progress-rebuild"});
        assertNull(defaults.achievements, "the command's own default applies");
        assertNull(defaults.events);
        assertEquals(200_000, defaults.learners);
        assertFalse(defaults.noSeed);
        assertEquals(Duration.ofSeconds(10), defaults.settle);

        CliOptions rebuild = CliOptions.parse(new String[] {"progress-rebuild", "--events", "20_000", "--learners",
                "4000", "--no-seed", "--settle", "2s", "--wallet-url", "http://127.0.0.1:9082", "--quiet"});
        assertEquals(20_000L, rebuild.events);
        assertEquals(4000, rebuild.learners);
        assertTrue(rebuild.noSeed);
        assertEquals(Duration.ofSeconds(2), rebuild.settle);
        assertEquals(Duration.ZERO, rebuild.progress);

        assertEquals(0, run("progress-reevaluation", "--help").code());
        assertTrue(run("--help").out().contains("progress-rebuild"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "progress-reevaluation --achievements 10",
            "progress-reevaluation --credentials 13",
            "progress-reevaluation --events 0",
            "progress-reevaluation --rate 0",
            "progress-reevaluation --warmup-events -1",
            "progress-reevaluation --learners 10",
            "progress-reevaluation --no-seed",
            "progress-reevaluation --recognition-url ftp://127.0.0.1/",
            "progress-reevaluation --concurrency 2",
            "progress-rebuild --rate 10",
            "progress-rebuild --credentials 10",
            "progress-rebuild --achievements 13",
            "progress-rebuild --events 100 --learners 101",
            "progress-rebuild --learners 0",
            "progress-rebuild --no-seed=yes",
            "progress-rebuild --settle soon",
            "progress-rebuild --raw-reads 10",
            "progress-rebuild stray",
    })
    void badArgumentsExitWithCode2(String line) {
        Outcome o = run(line.split(" "));
        assertEquals(Main.EXIT_USAGE, o.code(), line + " -> " + o.err());
        assertTrue(o.err().startsWith("error: "), o.err());
        assertEquals("", o.out(), "nothing runs");
    }

    @Test
    void withoutAStackTheRunFailsWithExitCode1() {
        Outcome o = run("progress-rebuild", "--stack", "/nonexistent/stack.json", "--quiet");
        assertEquals(Main.EXIT_FAILURE, o.code(), o.err());
        assertTrue(o.err().contains("/nonexistent/stack.json"), o.err());
    }

    // --- seeding: synthetic CredentialIssued records from a real one

    /** The record issuance published for a credential on the local stack (src/test/resources). */
    private static TemplateRecord template() throws Exception {
        try (InputStream in = ProgressBenchTest.class.getResourceAsStream("/bench/credential-issued-record.json")) {
            JsonNode t = JSON.readTree(in);
            Headers headers = new RecordHeaders();
            t.path("headers").forEach(h -> headers.add(h.path("key").asText(),
                    h.path("value").asText().getBytes(StandardCharsets.UTF_8)));
            return new TemplateRecord(t.path("topic").asText(), t.path("key").asText(), headers,
                    t.path("value").asText().getBytes(StandardCharsets.UTF_8));
        }
    }

    private record TemplateRecord(String topic, String key, Headers headers, byte[] value) {
    }

    @Test
    void aSyntheticRecordIsTheTemplateWithNewIdsAndTheSameHeaders() throws Exception {
        TemplateRecord t = template();
        SyntheticCredentials synthetic = SyntheticCredentials.of(t.topic(), t.value(), t.headers(), JSON);
        String id = UUID.randomUUID().toString();
        String ref = SyntheticCredentials.recipientRef("tag", 7);
        Instant at = Instant.parse("2027-03-04T05:06:07.123Z");
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> r = synthetic.record(eventId, id, ref, "achievement-9", at);

        assertEquals("credstack.issuance.v1", r.topic());
        assertEquals(id, r.key());
        assertNull(r.partition(), "partitioned by key, as issuance's records are");
        assertEquals(SyntheticCredentials.headerKeys(t.headers()), SyntheticCredentials.headerKeys(r.headers()));
        assertNotEquals(SyntheticCredentials.header(t.headers(), "ce_id"), SyntheticCredentials.header(r.headers(),
                "ce_id"));
        assertEquals(eventId, SyntheticCredentials.header(r.headers(), "ce_id"));
        assertEquals(id, SyntheticCredentials.header(r.headers(), "ce_subject"));
        assertEquals("2027-03-04T05:06:07.123Z", SyntheticCredentials.header(r.headers(), "ce_time"));
        assertEquals("00000000000000000000", SyntheticCredentials.header(r.headers(), "ce_sequence"));
        for (String same : List.of("ce_specversion", "ce_source", "ce_type", "content-type", "ce_tenant", "ce_actor",
                "ce_correlationid", "ce_causationid")) {
            assertArrayEquals(t.headers().lastHeader(same).value(), r.headers().lastHeader(same).value(), same);
        }

        JsonNode before = JSON.readTree(t.value());
        JsonNode after = JSON.readTree(r.value());
        assertEquals(id, after.path("credentialId").asText());
        assertEquals(ref, after.path("recipientRef").asText());
        assertEquals("achievement-9", after.path("achievementId").asText());
        assertEquals("2027-03-04T05:06:07.123Z", after.path("issuedAt").asText());
        assertEquals("2027-03-04T05:06:07.123Z", after.path("validFrom").asText());
        assertEquals("2029-03-04T05:06:07.123Z", after.path("validUntil").asText(), "the template's two years kept");
        assertEquals("urn:uuid:" + id, after.path("credential").path("id").asText());
        assertEquals(before.path("credential").path("proof"), after.path("credential").path("proof"));
        assertEquals(before.path("credentialJwt"), after.path("credentialJwt"));

        ObjectNode restBefore = before.deepCopy();
        ObjectNode restAfter = after.deepCopy();
        for (ObjectNode n : List.of(restBefore, restAfter)) {
            n.remove(List.of("credentialId", "recipientRef", "achievementId", "issuedAt", "validFrom", "validUntil"));
            ((ObjectNode) n.get("credential")).remove("id");
        }
        assertEquals(restBefore, restAfter, "everything else is the template's");
        assertTrue(Math.abs(r.value().length - t.value().length) < 64, "about the template's size");
    }

    @Test
    void everySyntheticRecordHasItsOwnEventId() throws Exception {
        TemplateRecord t = template();
        SyntheticCredentials synthetic = SyntheticCredentials.of(t.topic(), t.value(), t.headers(), JSON);
        Set<String> eventIds = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ProducerRecord<String, byte[]> r = synthetic.record(UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), SyntheticCredentials.recipientRef("t", i), "a", Instant.now());
            eventIds.add(SyntheticCredentials.header(r.headers(), "ce_id"));
        }
        assertEquals(100, eventIds.size());
    }

    /** The brief of the template (as issuance's relay sends it, D42) makes the same credential in brief. */
    @Test
    void aBriefTemplateMakesTheSameCredentialInBrief() throws Exception {
        TemplateRecord t = template();
        ObjectNode value = (ObjectNode) JSON.readTree(t.value());
        value.remove(List.of("credential", "credentialJwt", "status"));
        Headers headers = new RecordHeaders();
        for (Header h : t.headers()) {
            headers.add(h.key(), h.key().equals("ce_type")
                    ? SyntheticCredentials.BRIEF_TYPE.getBytes(StandardCharsets.UTF_8) : h.value());
        }
        SyntheticCredentials full = SyntheticCredentials.of(t.topic(), t.value(), t.headers(), JSON);
        SyntheticCredentials brief = SyntheticCredentials.of(SyntheticCredentials.BRIEF_TOPIC,
                JSON.writeValueAsBytes(value), headers, JSON);
        String eventId = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        Instant at = Instant.parse("2027-03-04T05:06:07.123Z");
        ProducerRecord<String, byte[]> f = full.record(eventId, id, "ref", "achievement-9", at);
        ProducerRecord<String, byte[]> b = brief.record(eventId, id, "ref", "achievement-9", at);

        assertEquals(SyntheticCredentials.BRIEF_TOPIC, b.topic());
        assertEquals(f.key(), b.key());
        assertEquals(eventId, SyntheticCredentials.header(b.headers(), "ce_id"));
        ObjectNode expected = (ObjectNode) JSON.readTree(f.value());
        expected.remove(List.of("credential", "credentialJwt", "status"));
        assertEquals(expected, JSON.readTree(b.value()));
        assertTrue(b.value().length * 4 < f.value().length, b.value().length + " against " + f.value().length);
    }

    @Test
    void aTemplateMustBeACredentialIssuedWithTheCloudEventHeaders() throws Exception {
        TemplateRecord t = template();
        Headers noId = new RecordHeaders();
        for (Header h : t.headers()) {
            if (!h.key().equals("ce_id")) {
                noId.add(h);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticCredentials.of(t.topic(), t.value(), noId, JSON));
        Headers otherType = new RecordHeaders();
        for (Header h : t.headers()) {
            otherType.add(h.key(), h.key().equals("ce_type")
                    ? "org.credstack.issuance.CredentialRevoked.v1".getBytes(StandardCharsets.UTF_8) : h.value());
        }
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticCredentials.of(t.topic(), t.value(), otherType, JSON));
        SyntheticCredentials synthetic = SyntheticCredentials.of(t.topic(), t.value(), t.headers(), JSON);
        assertThrows(IllegalArgumentException.class, () -> synthetic.record("e", "a\"b", "r", "a", Instant.now()));
    }

    @Test
    void recipientRefsLookLikeIssuancesAndDifferPerLearner() {
        String a = SyntheticCredentials.recipientRef("tag", 1);
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertEquals(a, SyntheticCredentials.recipientRef("tag", 1));
        assertNotEquals(a, SyntheticCredentials.recipientRef("tag", 2));
        assertNotEquals(a, SyntheticCredentials.recipientRef("other", 1));
    }

    @Test
    void theSeedingProducerIsAHighThroughputOneLikeTheServices() {
        Properties p = ProgressRebuildRun.producerProperties("127.0.0.1:1");
        assertEquals("all", p.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("true", p.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("20", p.get(ProducerConfig.LINGER_MS_CONFIG));
        assertEquals(String.valueOf(1 << 20), p.get(ProducerConfig.BATCH_SIZE_CONFIG));
        assertEquals("none", p.get(ProducerConfig.COMPRESSION_TYPE_CONFIG));
    }

    @Test
    void theRebuildLimitsOfLearnerCredentialsCoverItsThreeTopicsWithIssuanceInBrief() {
        assertEquals(List.of("credstack.issuance.brief.v1", "credstack.wallet.v1", "credstack.recognition.v1"),
                RebuildLimits.LEARNER_CREDENTIALS.topics());
        assertEquals("learner_credential", RebuildLimits.LEARNER_CREDENTIALS.table());
        assertEquals("recognition", RebuildLimits.LEARNER_CREDENTIALS.service());
        assertEquals("wallet-credentials", RebuildLimits.WALLET_CREDENTIALS.projection());
        Properties consumer = RebuildLimits.consumerProperties("127.0.0.1:1");
        assertEquals("5000", consumer.get("max.poll.records"));
        assertNull(consumer.get("group.id"), "no group: nothing is committed");
    }

    // --- timings and percentiles

    @Test
    void timingsAreParsedAsTheServiceAnswersThem() throws Exception {
        ReevaluationTimings t = ReevaluationTimings.parse(JSON.readTree("""
                {"from":1202,"last":1204,"failed":1,"evaluationMicros":[1870,2210],
                 "latencyMicros":[3020,3311]}"""));
        assertEquals(1202, t.from());
        assertEquals(1204, t.last());
        assertEquals(1, t.failed());
        assertEquals(2, t.count());
        assertTrue(t.complete(1202));
        assertFalse(t.complete(1000), "re-evaluations after 1000 were dropped");
        assertEquals(1.870, t.evaluation().p50Ms(), 1e-9);
        assertEquals(2.210, t.evaluation().p99Ms(), 1e-9);
        assertEquals(3.311, t.latency().maxMs(), 1e-9);
        assertEquals(2.040, t.evaluation().meanMs(), 1e-9);

        assertThrows(IllegalStateException.class, () -> ReevaluationTimings.parse(JSON.readTree("{\"queued\":0}")));
        assertThrows(IllegalStateException.class, () -> ReevaluationTimings.parse(JSON.readTree(
                "{\"from\":0,\"last\":1,\"evaluationMicros\":[1],\"latencyMicros\":[]}")));
    }

    @Test
    void percentilesAreExactNearestRank() {
        long[] micros = new long[300];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = (300 - i) * 1000L; // 300 ms down to 1 ms, unsorted on purpose
        }
        LatencySummary s = ReevaluationTimings.percentiles(micros);
        assertEquals(300, s.count());
        assertEquals(150.0, s.p50Ms(), 1e-9);
        assertEquals(270.0, s.p90Ms(), 1e-9);
        assertEquals(297.0, s.p99Ms(), 1e-9, "rank ceil(0.99 * 300) = 297");
        assertEquals(300.0, s.maxMs(), 1e-9);
        assertEquals(LatencySummary.EMPTY, ReevaluationTimings.percentiles(new long[0]));
        LatencySummary one = ReevaluationTimings.percentiles(new long[] {4200});
        assertEquals(4.2, one.p50Ms(), 1e-9);
        assertEquals(4.2, one.p99Ms(), 1e-9);
    }

    @Test
    void operatorAnswersAreParsed() throws Exception {
        OperatorClient.ProgressStatus p = OperatorClient.ProgressStatus.parse(JSON.readTree("""
                {"queued":3,"reevaluated":1204,"failed":0,
                 "evaluation":{"count":1204,"p50Ms":1.9,"p99Ms":6.2,"maxMs":14.8},
                 "latency":{"count":1204,"p50Ms":3.1,"p99Ms":9.7,"maxMs":31.0}}"""));
        assertEquals(new OperatorClient.ProgressStatus(3, 1204, 0), p);

        OperatorClient.Projection idle = OperatorClient.Projection.parse(JSON.readTree("""
                {"name":"learner-credentials","consumerGroup":"recognition.learner-credentials","generation":1,
                 "schema":"proj_learner_credentials_g1","switching":false,"applied":42,"skippedDuplicates":0,
                 "deadLettered":0,"rebuild":null}"""));
        assertEquals("recognition.learner-credentials", idle.consumerGroup());
        assertEquals(42, idle.applied());
        assertNull(idle.rebuild());

        OperatorClient.Projection rebuilt = OperatorClient.Projection.parse(JSON.readTree("""
                {"name":"learner-credentials","consumerGroup":"recognition.learner-credentials","generation":2,
                 "schema":"proj_learner_credentials_g2","switching":false,"applied":42,"skippedDuplicates":0,
                 "deadLettered":0,"rebuild":{"projection":"learner-credentials","state":"DONE","generation":2,
                 "done":2287,"total":2287,"ratePerSecond":880.0,"etaSeconds":0,
                 "startedAt":"2026-11-29T10:00:00Z","finishedAt":"2026-11-29T10:00:02.600Z","error":null}}"""));
        OperatorClient.Rebuild b = rebuilt.rebuild();
        assertTrue(b.finished());
        assertEquals(2, b.generation());
        assertEquals(2287, b.done());
        assertEquals(2.6, b.serverSeconds(), 1e-9);
        assertNull(b.error());
        OperatorClient.Rebuild running = OperatorClient.Rebuild.parse(JSON.readTree("""
                {"state":"REPLAYING","generation":3,"done":10,"total":20,"ratePerSecond":5.0,"etaSeconds":null,
                 "startedAt":"2026-11-29T10:00:00Z","finishedAt":null}"""));
        assertFalse(running.finished());
        assertNull(running.etaSeconds());
        assertTrue(Double.isNaN(running.serverSeconds()));
    }

    @Test
    void onlyRefusalsForWhatRecognitionHasNotLearnedYetAreRetried() throws Exception {
        assertTrue(RecognitionClient.notYetKnown(JSON.readTree("""
                {"status":422,"rule":"unknown-achievement","errors":[{"rule":"unknown-achievement","field":"a"},
                 {"rule":"target-not-own-achievement","field":"targetAchievementId"}]}""")));
        assertFalse(RecognitionClient.notYetKnown(JSON.readTree("""
                {"status":422,"rule":"unknown-achievement","errors":[{"rule":"unknown-achievement","field":"a"},
                 {"rule":"credits-unreachable","field":"creditsRequired"}]}""")));
        assertFalse(RecognitionClient.notYetKnown(JSON.readTree("{\"status\":422,\"rule\":\"empty-rules\"}")));
    }

    // --- the qualifications

    private static List<String> ids(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    @Test
    void qualificationsNeedTenToTwelveComponentsAndTheLearnerMeetsAFew() throws Exception {
        List<String> held = ids("held-", 200);
        List<String> missing = ids("missing-", 4);
        List<QualificationPlan.Planned> plan = QualificationPlan.plan(50, "t", "target", held, missing, 42, JSON);
        assertEquals(50, plan.size());
        int met = 0;
        for (int q = 0; q < plan.size(); q++) {
            QualificationPlan.Planned p = plan.get(q);
            JsonNode d = JSON.readTree(p.json());
            JsonNode rules = d.path("rules");
            int required = rules.path("required").size();
            JsonNode group = rules.path("electiveGroups").get(0);
            int choose = group.path("choose").asInt();
            assertEquals(10 + q % 3, required + choose, "components to fill");
            assertEquals(5, group.path("components").size());
            assertEquals(new BigDecimal("3.5").multiply(BigDecimal.valueOf(required + choose)),
                    d.path("creditsRequired").decimalValue());
            assertEquals("CONFIRMED", d.path("awardPolicy").asText());
            assertEquals("target", d.path("targetAchievementId").asText());
            assertEquals(p.components().size(), new HashSet<>(p.components()).size(), "no duplicate component");
            assertFalse(p.components().contains("target"));
            boolean allHeld = held.containsAll(p.components());
            assertEquals(allHeld, p.metByHolder());
            if (p.metByHolder()) {
                met++;
            } else {
                long lacking = p.components().stream().filter(missing::contains).count();
                assertTrue(lacking >= 1 && lacking <= 4, "mostly but not fully held: " + lacking);
            }
        }
        assertEquals(5, met, "every tenth");
        assertEquals(plan.get(7).json(), QualificationPlan.plan(50, "t", "target", held, missing, 42, JSON).get(7)
                .json(), "deterministic for a seed");
    }

    @Test
    void withoutMissingAchievementsEveryComponentIsAHeldOne() {
        List<QualificationPlan.Planned> plan = QualificationPlan.plan(10, "t", "target", ids("a-", 20), List.of(), 1,
                JSON);
        assertTrue(plan.stream().allMatch(QualificationPlan.Planned::metByHolder));
        assertTrue(plan.stream().allMatch(p -> p.components().size() >= 12));
        assertThrows(IllegalArgumentException.class, () -> QualificationPlan.plan(1, "t", "target",
                ids("a-", QualificationPlan.MIN_HELD - 1), List.of(), 1, JSON));
    }

    @Test
    void theAffectedLineCountsTheQualificationsNamingEachHeldAchievement() {
        List<QualificationPlan.Planned> plan = List.of(
                new QualificationPlan.Planned("q1", "{}", List.of("a", "b"), true),
                new QualificationPlan.Planned("q2", "{}", List.of("a", "c"), false),
                new QualificationPlan.Planned("q3", "{}", List.of("a"), false));
        assertEquals("an event's achievement is a component of 0 to 3 of the 3 qualifications (median 1; 1 of 4"
                        + " achievements in none): recognition re-evaluates those (D40)",
                ProgressReevaluationRun.affectedLine(plan, List.of("a", "b", "c", "d")));
    }

    @Test
    void machineCpuCountsBusyAndAvailableCoreSecondsBetweenTwoReadings() {
        java.util.Optional<MachineCpu.Reading> from = MachineCpu.parse(List.of(
                "cpu  1000 0 500 8000 100 0 0 0 0 0", "cpu0 500 0 250 4000 50 0 0 0 0 0"));
        java.util.Optional<MachineCpu.Reading> to = MachineCpu.parse(List.of(
                "cpu  1900 0 700 8080 120 0 0 0 0 0"));
        MachineCpu.Use use = MachineCpu.between(from, to).orElseThrow();
        assertEquals(11.0, use.busyCoreSeconds(), 1e-9);
        assertEquals(12.0, use.coreSeconds(), 1e-9);
        assertEquals("11.0 of 12.0 core-s busy (92 %), all processes", use.describe());
        assertTrue(MachineCpu.between(java.util.Optional.empty(), to).isEmpty());
        assertTrue(MachineCpu.parse(List.of("intr 1 2 3")).isEmpty());
    }
}
