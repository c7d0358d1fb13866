package org.credstack.bench;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts only: no assertion here depends on how fast the machine is. */
class LoadGeneratorTest {

    private static final BenchContext CTX = BenchContext.create(Duration.ofSeconds(10), false);

    @Test
    void fixedRateWithRequestCountSendsExactlyThatManyPlusWarmup() throws Exception {
        try (TestServer server = new TestServer(r -> 200)) {
            Scenario s = HttpRequestScenario.builder(server.url("/ok")).build();
            LoadConfig config = LoadConfig.rate(400).withRequests(60).withWarmupRequests(10);

            RunResult result = new LoadGenerator(config).run(s, CTX);

            assertEquals(60, result.count());
            assertEquals(60, result.successes());
            assertEquals(0, result.failures());
            assertEquals(10, result.warmupOperations());
            assertEquals(60, result.histogram().getTotalCount(), "warm-up stays out of the histogram");
            assertEquals(70, server.requests().size());
            assertEquals("rate", result.summary().mode());
            assertEquals(400, result.summary().target());
        }
    }

    @Test
    void fixedRateWithDurationSendsApproximatelyRateTimesDuration() throws Exception {
        try (TestServer server = new TestServer(r -> 200)) {
            Scenario s = HttpRequestScenario.builder(server.url("/ok")).build();
            LoadConfig config = LoadConfig.rate(100).withDuration(Duration.ofMillis(500));

            RunResult result = new LoadGenerator(config).run(s, CTX);

            // operations are due at i/rate for i/rate < duration: 50 of them
            assertTrue(result.count() >= 45 && result.count() <= 55, "count " + result.count());
            assertEquals(result.count(), server.requests().size());
            assertEquals(0, result.failures());
        }
    }

    @Test
    void fixedRateKeepsSendingWhileResponsesAreSlow() throws Exception {
        // Open model: a slow target must not slow the sending down, so requests overlap.
        try (TestServer server = new TestServer(r -> 200, 100)) {
            Scenario s = HttpRequestScenario.builder(server.url("/slow")).build();
            RunResult result = new LoadGenerator(LoadConfig.rate(200).withRequests(40)).run(s, CTX);

            assertEquals(40, result.successes());
            assertTrue(server.maxInFlight() > 1, "requests overlapped: " + server.maxInFlight());
        }
    }

    @Test
    void concurrencyModeRunsRequestedCountWithAtMostNInFlight() throws Exception {
        try (TestServer server = new TestServer(r -> 200, 2)) {
            Scenario s = HttpRequestScenario.builder(server.url("/ok")).build();
            LoadConfig config = LoadConfig.concurrency(4).withRequests(80).withWarmupRequests(8);

            RunResult result = new LoadGenerator(config).run(s, CTX);

            assertEquals(80, result.count());
            assertEquals(80, result.successes());
            assertEquals(8, result.warmupOperations());
            assertEquals(88, server.requests().size());
            assertTrue(server.maxInFlight() <= 4, "max in flight " + server.maxInFlight());
            assertEquals("concurrency", result.summary().mode());
            assertEquals(4, result.summary().target());
        }
    }

    @Test
    void concurrencyModeWithDurationStops() throws Exception {
        RunResult result = new LoadGenerator(LoadConfig.concurrency(2).withDuration(Duration.ofMillis(200)))
                .run(new NoopScenario(Duration.ofMillis(1), 0), CTX);
        assertTrue(result.count() > 0);
        assertEquals(result.count(), result.histogram().getTotalCount());
    }

    @Test
    void failuresAreCountedByStatus() throws Exception {
        // every 5th request (n = 0, 5, 10, ...) gets a 500
        try (TestServer server = new TestServer(r -> TestServer.queryInt(r, "n") % 5 == 0 ? 500 : 201)) {
            Scenario s = HttpRequestScenario.builder(server.url("/items?n={{n}}")).expect("200,201").build();

            RunResult result = new LoadGenerator(LoadConfig.concurrency(3).withRequests(50)).run(s, CTX);

            assertEquals(50, result.count());
            assertEquals(10, result.failures());
            assertEquals(40, result.successes());
            assertEquals(Map.of("HTTP 500", 10L), result.failuresByKind());
            assertEquals(40, result.histogram().getTotalCount(), "only successes are in the latency histogram");
            assertEquals(10, result.summary().errors());
        }
    }

    @Test
    void failuresAreCountedByExceptionClass() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Scenario s = HttpRequestScenario.builder("http://127.0.0.1:" + closedPort + "/").build();

        RunResult result = new LoadGenerator(LoadConfig.rate(200).withRequests(5)).run(s, CTX);

        assertEquals(5, result.failures());
        assertEquals(Map.of("ConnectException", 5L), result.failuresByKind());
        assertEquals(0, result.successes());
    }

    @Test
    void scenarioExceptionsAreCountedNotThrown() throws Exception {
        RunResult result = new LoadGenerator(LoadConfig.concurrency(2).withRequests(30))
                .run(new NoopScenario(Duration.ZERO, 3), CTX);
        assertEquals(30, result.count());
        assertEquals(10, result.failures());
        assertEquals(Map.of("IllegalStateException", 10L), result.failuresByKind());
    }

    @Test
    void namedHistogramsGetScenarioMeasurementsButNotWarmup() throws Exception {
        Scenario s = new Scenario() {
            @Override
            public String name() {
                return "two-step";
            }

            @Override
            public void execute(BenchContext ctx, long operationIndex) {
                ctx.recordLatency("visible", 2_000_000L); // 2 ms
            }
        };
        for (LoadConfig config : new LoadConfig[]{
                LoadConfig.rate(500).withRequests(20).withWarmupRequests(5),
                LoadConfig.concurrency(3).withRequests(20).withWarmupRequests(5)}) {
            RunResult result = new LoadGenerator(config).run(s, CTX);
            assertEquals(20, result.namedHistograms().get("visible").getTotalCount(), config.describe());
            LatencySummary visible = result.summary().named().get("visible");
            assertEquals(2.0, visible.p50Ms(), 0.01);
        }
    }

    @Test
    void setUpAndTearDownRunOncePerRunAndIndicesKeepCounting() throws Exception {
        java.util.concurrent.atomic.AtomicInteger setUps = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger tearDowns = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Scenario s = new Scenario() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public void setUp(BenchContext ctx) {
                setUps.incrementAndGet();
            }

            @Override
            public void execute(BenchContext ctx, long operationIndex) {
                assertTrue(seen.add(operationIndex), "index reused: " + operationIndex);
            }

            @Override
            public void tearDown(BenchContext ctx) {
                tearDowns.incrementAndGet();
            }
        };
        BenchContext ctx = BenchContext.create();
        LoadGenerator generator = new LoadGenerator(LoadConfig.concurrency(2).withRequests(10));
        generator.run(s, ctx);
        generator.run(s, ctx);
        assertEquals(2, setUps.get());
        assertEquals(2, tearDowns.get());
        assertEquals(20, seen.size());
    }

    @Test
    void progressLinesGoToTheGivenStream() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        LoadConfig config = LoadConfig.rate(100).withDuration(Duration.ofMillis(350))
                .withProgress(Duration.ofMillis(100), ps);
        new LoadGenerator(config).run(new NoopScenario(), BenchContext.create());
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("[bench "), text);
        assertTrue(text.contains("errors 0"), text);
    }
}
