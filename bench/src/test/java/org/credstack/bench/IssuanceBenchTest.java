package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The issuance benchmarks' own logic, and the scenarios against {@link FakeIssuance} (no stack needed). */
class IssuanceBenchTest {

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

    // --- status list bits

    @Test
    void statusListBitsAreReadMostSignificantBitFirst() {
        byte[] bits = new byte[FakeIssuance.LIST_BITS / 8];
        bits[0] = (byte) 0x80;        // index 0
        bits[1] = (byte) 0x40;        // index 9
        bits[bits.length - 1] = 0x01; // the last index
        String encoded = FakeIssuance.encode(bits);
        byte[] decoded = StatusListBits.decode(encoded);
        assertEquals(bits.length, decoded.length);
        assertTrue(StatusListBits.isSet(decoded, 0));
        assertFalse(StatusListBits.isSet(decoded, 1));
        assertFalse(StatusListBits.isSet(decoded, 7));
        assertFalse(StatusListBits.isSet(decoded, 8));
        assertTrue(StatusListBits.isSet(decoded, 9));
        assertTrue(StatusListBits.isSet(encoded, FakeIssuance.LIST_BITS - 1));
        assertFalse(StatusListBits.isSet(encoded, FakeIssuance.LIST_BITS - 2));
        assertThrows(IndexOutOfBoundsException.class, () -> StatusListBits.isSet(decoded, FakeIssuance.LIST_BITS));
        assertThrows(IndexOutOfBoundsException.class, () -> StatusListBits.isSet(decoded, -1));
    }

    @Test
    void theServiceExampleListIsAllClear() {
        // StatusListResource's OpenAPI example: an empty list of 131,072 entries
        byte[] bits = StatusListBits.decode("uH4sIAAAAAAAA_-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
        assertEquals(131_072 / 8, bits.length);
        for (byte b : bits) {
            assertEquals(0, b);
        }
    }

    @Test
    void malformedEncodedListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusListBits.decode(null));
        assertThrows(IllegalArgumentException.class, () -> StatusListBits.decode("zABC"));
        assertThrows(IllegalArgumentException.class, () -> StatusListBits.decode("u!!!"));
        assertThrows(IllegalArgumentException.class, () -> StatusListBits.decode("uAAAAAAAA")); // not GZIP
    }

    // --- batch bodies

    @Test
    void jsonBatchBodyHasDistinctRecipientsShapedLikeTheIssueBody() throws Exception {
        JsonNode rows = JSON.readTree(BatchBodies.json("ach-1", "t1", 500));
        assertTrue(rows.isArray());
        assertEquals(500, rows.size());
        Set<String> emails = new HashSet<>();
        for (JsonNode row : rows) {
            assertEquals("ach-1", row.path("achievementId").asText());
            emails.add(row.path("recipient").path("email").asText());
            assertFalse(row.path("recipient").path("learnerId").asText().isEmpty());
            assertFalse(row.path("recipient").path("displayName").asText().isEmpty());
        }
        assertEquals(500, emails.size());
        assertEquals(IssuanceClient.recipientEmail("t1", 0), rows.get(0).path("recipient").path("email").asText());
    }

    @Test
    void csvBatchBodyHasTheHeaderAndOneQuotedLinePerRecipient() {
        String csv = BatchBodies.csv("ach-1", "t1", 3);
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size());
        assertEquals("achievementId,email,learnerId,displayName", lines.get(0));
        List<String> cells = ReportingTest.parseCsvLine(lines.get(2));
        assertEquals(List.of("ach-1", IssuanceClient.recipientEmail("t1", 1), "Lt1-1", "Learner 1, Bench"), cells);
        assertTrue(csv.endsWith("\r\n"));
        Set<String> emails = new HashSet<>();
        BatchBodies.csv("a", "t2", 1000).lines().skip(1)
                .forEach(l -> emails.add(ReportingTest.parseCsvLine(l).get(1)));
        assertEquals(1000, emails.size());
    }

    // --- batch status and rates

    @Test
    void sustainedRateIsIssuedOverCompletedMinusStarted() throws Exception {
        BatchStatus s = BatchStatus.parse(JSON.readTree("""
                {"id":"b1","status":"completed","total":20000,"processed":20000,"issued":19990,"failed":10,
                 "ratePerSecond":1010.5,"etaSeconds":0,"startedAt":"2026-11-29T10:00:00Z",
                 "completedAt":"2026-11-29T10:00:19.990Z"}"""));
        assertTrue(s.completed());
        assertFalse(s.unknownStatus());
        assertEquals(20000, s.total());
        assertEquals(19990, s.issued());
        assertEquals(10, s.failed());
        assertEquals(19.99, s.serverSeconds().getAsDouble(), 1e-9);
        assertEquals(1000.0, s.sustainedRate().getAsDouble(), 1e-9);
        assertEquals(1010.5, s.ratePerSecond());
        assertEquals(500.0, BatchStatus.rate(1000, Duration.ofSeconds(2).toNanos()), 1e-9);
        assertEquals(0.0, BatchStatus.rate(1000, 0));
    }

    @Test
    void batchStatusWithoutTimesHasNoRate() throws Exception {
        BatchStatus running = BatchStatus.parse(JSON.readTree("""
                {"status":"running","total":100,"processed":40,"issued":40,"startedAt":"2026-11-29T10:00:00+01:00"}"""));
        assertFalse(running.completed());
        assertFalse(running.unknownStatus());
        assertTrue(running.serverSeconds().isEmpty());
        assertTrue(running.sustainedRate().isEmpty());
        assertEquals(null, running.ratePerSecond());
        assertEquals(java.time.Instant.parse("2026-11-29T09:00:00Z"), running.startedAt());
        assertTrue(BatchStatus.parse(JSON.readTree("{\"status\":\"failed\"}")).unknownStatus());
        BatchStatus backwards = BatchStatus.parse(JSON.readTree("""
                {"status":"completed","issued":5,"startedAt":"2026-11-29T10:00:01Z","completedAt":"2026-11-29T10:00:00Z"}"""));
        assertTrue(backwards.sustainedRate().isEmpty());
    }

    @Test
    void progressLinesShowCountsRateAndEta() throws Exception {
        BatchStatus s = BatchStatus.parse(JSON.readTree("""
                {"status":"running","total":20000,"processed":8000,"issued":7990,"failed":10,
                 "ratePerSecond":950.0,"etaSeconds":12.6}"""));
        assertEquals("[bulk 8.0s] running  8000/20000 processed  issued 7990  failed 10  server 950.0/s  ETA 13s"
                + "  client 998.8/s", BulkRun.progressLine(s, 8.0));
        BatchStatus noEta = BatchStatus.parse(JSON.readTree("{\"status\":\"running\",\"total\":100,\"processed\":50,"
                + "\"issued\":50}"));
        assertTrue(BulkRun.progressLine(noEta, 10.0).contains("server ?/s  ETA 10s"));
        assertEquals("[pool 2.0s] 120/300 issued  40.0/s  ETA 5s  errors 1",
                CountProgress.line("pool", 2.0, 120, 300, "issued", 40.0, CountProgress.eta(180, 36.0), 1));
        assertEquals(-1, CountProgress.eta(10, 0));
        assertEquals(0, CountProgress.eta(0, 0));
    }

    // --- stack file, URLs, credentials

    @Test
    void targetComesFromOptionsThenStackFileThenDefaults(@TempDir Path dir) throws Exception {
        Path stack = dir.resolve("stack.json");
        Files.writeString(stack, """
                {"services":{"issuance":{"baseUrl":"http://localhost:8181"}},
                 "tokenEndpoint":"http://127.0.0.1:58180/dev/tokens",
                 "postgres":{"issuance":{"url":"jdbc:postgresql://127.0.0.1:55532/credstack_issuance?reWriteBatchedInserts=true",
                                         "username":"pg","password":"secret"}}}""");
        IssuanceTarget t = IssuanceTarget.resolve(stack, null, null, null, null, null, JSON);
        assertEquals("http://localhost:8181", t.issuanceUrl());
        assertEquals("http://127.0.0.1:58180/dev/tokens", t.tokenUrl());
        assertEquals("jdbc:postgresql://127.0.0.1:55532/credstack_bench?reWriteBatchedInserts=true", t.jdbcUrl());
        assertEquals("pg", t.dbUser());
        assertEquals("secret", t.dbPassword());
        assertEquals(stack, t.fromStackFile());

        IssuanceTarget explicit = IssuanceTarget.resolve(stack, "http://127.0.0.1:9/", "http://127.0.0.1:9/t",
                "jdbc:postgresql://h:1/x", "u", "p", JSON);
        assertEquals("http://127.0.0.1:9", explicit.issuanceUrl());
        assertEquals("jdbc:postgresql://h:1/x", explicit.jdbcUrl());

        IssuanceTarget defaults = IssuanceTarget.resolve(dir.resolve("none.json"), null, null, null, null, null, JSON);
        assertEquals(IssuanceTarget.DEFAULT_ISSUANCE, defaults.issuanceUrl());
        assertEquals(IssuanceTarget.DEFAULT_TOKENS, defaults.tokenUrl());
        assertEquals(IssuanceTarget.DEFAULT_JDBC, defaults.jdbcUrl());
        assertEquals(null, defaults.fromStackFile());

        assertEquals("jdbc:postgresql://h:1/postgres?a=b", IssuanceTarget.maintenanceUrl("jdbc:postgresql://h:1/x?a=b"));
        assertEquals("credstack_bench", IssuanceTarget.databaseName("jdbc:postgresql://h:1/credstack_bench?a=b"));
        assertEquals("jdbc:postgresql://h:1/credstack_bench", IssuanceTarget.scratchUrl("jdbc:postgresql://h:1/y"));
    }

    @Test
    void issuedCredentialGivesIdAndRevocationEntry() throws Exception {
        IssuanceClient.Issued i = IssuanceClient.parseIssued(JSON.readTree("""
                {"id":"urn:uuid:9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b","credentialStatus":[
                  {"statusPurpose":"suspension","statusListIndex":"5","statusListCredential":"http://x/suspension-1"},
                  {"statusPurpose":"revocation","statusListIndex":"94567","statusListCredential":"http://x/revocation-1"}]}"""));
        assertEquals(new IssuanceClient.Issued("9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b", "http://x/revocation-1", 94567), i);
        IssuanceClient.Issued single = IssuanceClient.parseIssued(JSON.readTree("""
                {"id":"urn:uuid:abc","credentialStatus":{"statusPurpose":"revocation","statusListIndex":"0",
                 "statusListCredential":"http://x/revocation-2"}}"""));
        assertEquals(0, single.statusListIndex());
        assertThrows(IllegalStateException.class, () -> IssuanceClient.parseIssued(JSON.readTree("{\"id\":\"a\"}")));
    }

    @Test
    void theBundledCredentialIsARealOb3Credential() throws Exception {
        CliOptions o = CliOptions.parse(new String[]{"raw"});
        JsonNode c = JSON.readTree(RawPlan.credential(o, JSON));
        assertTrue(c.path("type").toString().contains("OpenBadgeCredential"));
        assertEquals("eddsa-rdfc-2022", c.path("proof").path("cryptosuite").asText());
        assertTrue(c.path("credentialStatus").isArray());
        String jwt = PgInsertScenario.fakeJwt(c.toString());
        assertEquals(3, jwt.split("\\.").length);
        assertTrue(jwt.length() > c.toString().length(), "a VC-JWT is longer than its credential");
    }

    @Test
    void vcClasspathFromFileOrText(@TempDir Path dir) throws Exception {
        String sep = java.io.File.pathSeparator;
        Path file = dir.resolve("cp.txt");
        Files.writeString(file, "/a/x.jar" + sep + "/b/y.jar\n");
        assertEquals(List.of(Path.of("/a/x.jar"), Path.of("/b/y.jar")), VcLibrary.classpathEntries(file.toString()));
        assertEquals(List.of(Path.of("/a/x.jar"), Path.of("/c")), VcLibrary.classpathEntries("/a/x.jar" + sep + sep + "/c"));
        assertEquals(List.of(), VcLibrary.classpathEntries(""));
    }

    @Test
    void batchTransactionsAreReportedInCredentials() {
        Summary tx = new Summary("pg", "concurrency", 1, 2.0, 50, 1, 24.5, LatencySummary.EMPTY,
                java.util.Map.of(), java.util.Map.of(), 1);
        Summary rows = RawPlan.scaled(tx, 100);
        assertEquals(5000, rows.count());
        assertEquals(100, rows.errors());
        assertEquals(2450.0, rows.throughput(), 1e-9);
        assertEquals(2.0, rows.durationSeconds());
    }

    @Test
    void poolCoversWarmUpAndMeasuredOperations() throws Exception {
        assertEquals((long) Math.ceil(10 * 25 * 1.1) + 10, RevocationVisibilityScenario.poolSize(CliOptions.parse(
                new String[]{"revocation-visibility", "--rate", "10", "--duration", "20s", "--warmup", "5s"})));
        assertEquals((long) Math.ceil(120 * 1.1) + 10, RevocationVisibilityScenario.poolSize(CliOptions.parse(
                new String[]{"revocation-visibility", "--concurrency", "2", "--requests", "100",
                        "--warmup-requests", "20"})));
        assertEquals(7, RevocationVisibilityScenario.poolSize(CliOptions.parse(
                new String[]{"revocation-visibility", "--rate", "10", "--pool", "7"})));
    }

    @Test
    void rawPartsParseAndNeedTheirInputs() throws Exception {
        CliOptions o = CliOptions.parse(new String[]{"raw", "--parts", "ed25519,pg-batch,ed25519", "--threads",
                "1,2,4", "--pg-batch", "50"});
        assertEquals(List.of("ed25519", "pg-batch"), o.parts);
        assertEquals(List.of(1, 2, 4), o.threads);
        assertEquals(50, o.pgBatch);
        assertEquals(null, CliOptions.parse(new String[]{"raw", "--parts", "all"}).parts, "all = the default");
        assertEquals(null, CliOptions.parse(new String[]{"raw"}).parts);
    }

    // --- the commands against the fake service

    @Test
    void issueScenarioIssuesToDistinctRecipients() throws Exception {
        try (FakeIssuance fake = new FakeIssuance(false)) {
            Outcome o = run("issue", "--stack", "/nonexistent/stack.json", "--issuance-url", fake.url(),
                    "--token-url", fake.url() + "/dev/tokens", "--concurrency", "2", "--requests", "20",
                    "--warmup-requests", "2", "--quiet");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("count      20  (errors 0)"), o.out());
            assertEquals(1 + 22, fake.emails().size(), "probe, warm-up and measured: all distinct");
        }
    }

    @Test
    void revocationScenarioPollsUntilTheBitIsSet() throws Exception {
        try (FakeIssuance fake = new FakeIssuance(false)) {
            Outcome o = run("revocation-visibility", "--stack", "/nonexistent/stack.json", "--issuance-url",
                    fake.url(), "--token-url", fake.url() + "/dev/tokens", "--concurrency", "1", "--requests", "5",
                    "--poll", "1ms", "--quiet");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("count      5  (errors 0)"), o.out());
            assertTrue(o.out().contains("revoke-call"), o.out());
            assertTrue(o.out().contains("visible-in-status-list"), o.out());
            assertTrue(fake.statusListGets() >= 5);
            assertEquals(RevocationVisibilityScenario.poolSize(CliOptions.parse(new String[]{"revocation-visibility", "--concurrency", "1",
                    "--requests", "5"})), fake.emails().size());
        }
    }

    @Test
    void revocationScenarioReportsAnExhaustedPool() throws Exception {
        try (FakeIssuance fake = new FakeIssuance(false)) {
            Outcome o = run("revocation-visibility", "--stack", "/nonexistent/stack.json", "--issuance-url",
                    fake.url(), "--token-url", fake.url() + "/dev/tokens", "--concurrency", "1", "--requests", "4",
                    "--pool", "2", "--quiet");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("PoolExhaustedException=2"), o.out());
        }
    }

    @Test
    void bulkFollowsTheBatchToCompletionAndWritesMedians(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bulk.csv");
        try (FakeIssuance fake = new FakeIssuance(true)) {
            Outcome o = run("bulk", "--stack", "/nonexistent/stack.json", "--issuance-url", fake.url(),
                    "--token-url", fake.url() + "/dev/tokens", "--rows", "40", "--poll", "1ms", "--repeat", "2",
                    "--csv", csv.toString(), "--label", "smoke", "--progress", "1ms");
            assertEquals(0, o.code(), o.err());
            // the fake reports issued 39 over 2.5 s: 15.6 credentials/s
            assertTrue(o.out().contains("15.6 credentials/s sustained"), o.out());
            assertTrue(o.out().contains("== median of 2 runs =="), o.out());
            assertTrue(o.err().contains("[bulk "), o.err());
            assertTrue(o.err().contains("40/40 processed  issued 39  failed 1"), o.err());
            assertEquals(2, fake.batchBodies().size());
            assertEquals(40, JSON.readTree(fake.batchBodies().get(0)).size());
            assertEquals("application/json", fake.batchTypes().get(0));

            List<String> lines = Files.readAllLines(csv);
            assertEquals(1 + 2 * 2 + 2, lines.size(), "header, 2 rows per run, 2 median rows");
            List<String> server = ReportingTest.parseCsvLine(lines.get(1));
            assertEquals("bulk", server.get(1));
            assertEquals("batch", server.get(2));
            assertEquals("40", server.get(3));
            assertEquals("15.60", server.get(7));
            assertEquals("bulk:client", ReportingTest.parseCsvLine(lines.get(2)).get(1));
            assertEquals("smoke median of 2", ReportingTest.parseCsvLine(lines.get(6)).get(13));
        }
    }

    @Test
    void bulkSendsCsvWhenAsked() throws Exception {
        try (FakeIssuance fake = new FakeIssuance(true)) {
            Outcome o = run("bulk", "--stack", "/nonexistent/stack.json", "--issuance-url", fake.url(),
                    "--token-url", fake.url() + "/dev/tokens", "--rows", "3", "--format", "csv", "--poll", "1ms",
                    "--quiet");
            assertEquals(0, o.code(), o.err());
            assertEquals("text/csv", fake.batchTypes().get(0));
            assertEquals(4, fake.batchBodies().get(0).lines().count());
        }
    }

    @Test
    void bulkSaysClearlyWhenTheEndpointIsMissing() throws Exception {
        try (FakeIssuance fake = new FakeIssuance(false)) {
            Outcome o = run("bulk", "--stack", "/nonexistent/stack.json", "--issuance-url", fake.url(),
                    "--token-url", fake.url() + "/dev/tokens", "--rows", "3", "--quiet");
            assertEquals(Main.EXIT_FAILURE, o.code());
            assertTrue(o.err().contains("answered 404: this issuance-service has no bulk issuance endpoint"), o.err());
        }
    }

    @Test
    void rawCpuPartsRunWithoutStackOrLibrary(@TempDir Path dir) {
        Outcome o = run("raw", "--parts", "ed25519,rs256", "--threads", "1", "--requests", "5",
                "--warmup-requests", "1", "--quiet", "--csv", dir.resolve("raw.csv").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("== raw limits =="), o.out());
        assertTrue(o.out().contains("raw ed25519-sign"), o.out());
        assertTrue(o.out().contains("raw rs256-sign"), o.out());
    }

    @Test
    void rawSkipsWhatIsMissingOnlyWhenNotAskedFor() {
        Outcome o = run("raw", "--parts", "canonicalize", "--requests", "1");
        assertEquals(Main.EXIT_USAGE, o.code());
        assertTrue(o.err().contains("need --vc-jar"), o.err());
    }
}
