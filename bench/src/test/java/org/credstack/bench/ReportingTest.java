package org.credstack.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportingTest {

    /** 1 ms, 2 ms, ... 1000 ms, once each. */
    private static Histogram oneToThousandMillis() {
        Histogram h = LatencyRecorder.newHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            h.recordValue(ms * 1_000L);
        }
        return h;
    }

    @Test
    void percentilesFromAKnownHistogram() {
        LatencySummary s = LatencySummary.of(oneToThousandMillis());
        // HDR with 3 significant digits: within 0.1 % of the exact value
        assertEquals(1000, s.count());
        assertEquals(500, s.p50Ms(), 0.5);
        assertEquals(900, s.p90Ms(), 0.9);
        assertEquals(990, s.p99Ms(), 1.0);
        assertEquals(999, s.p999Ms(), 1.0);
        assertEquals(1000, s.maxMs(), 1.0);
        assertEquals(500.5, s.meanMs(), 0.6);
        assertEquals(LatencySummary.EMPTY, LatencySummary.of(LatencyRecorder.newHistogram()));
    }

    @Test
    void recorderClampsAboveSixtySeconds() {
        LatencyRecorder r = new LatencyRecorder();
        r.recordNanos(Duration.ofMinutes(5).toNanos());
        r.recordNanos(1_500_000);
        Histogram h = r.snapshot();
        assertEquals(2, h.getTotalCount());
        assertEquals(1, r.clampedCount());
        assertEquals(60_000, LatencySummary.of(h).maxMs(), 60);
    }

    @Test
    void medians() {
        assertEquals(2, LatencySummary.median(3, 1, 2));
        assertEquals(2.5, LatencySummary.median(4, 1, 2, 3));
        Summary a = summary(100, 1, 10.0, 1.0);
        Summary b = summary(300, 5, 30.0, 3.0);
        Summary c = summary(200, 2, 20.0, 9.0);
        Summary m = Summary.median(List.of(a, b, c));
        assertEquals(200, m.count());
        assertEquals(2, m.errors());
        assertEquals(20.0, m.throughput());
        assertEquals(3.0, m.latency().p50Ms());
        assertEquals(3, m.runs());
        assertEquals(3.0, m.named().get("visible").p99Ms());
    }

    private static Summary summary(long count, long errors, double throughput, double ms) {
        LatencySummary l = new LatencySummary(count, ms, ms, ms, ms, ms, ms);
        return new Summary("s", "rate", 10, 10, count, errors, throughput, l, Map.of("visible", l), Map.of(), 1);
    }

    @Test
    void csvRowHasTheDocumentedColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/results.csv");
        LatencySummary l = LatencySummary.of(oneToThousandMillis());
        Summary s = new Summary("http GET http://127.0.0.1/x", "rate", 50, 20.0, 1000, 3, 49.85, l,
                Map.of("visible", l), Map.of(), 1);
        CsvResultWriter writer = new CsvResultWriter(file);
        writer.append(s, "baseline, cold", Instant.parse("2025-01-02T03:04:05.678Z"));
        writer.append(s, "second", Instant.parse("2025-01-02T03:05:00Z"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("timestamp,scenario,mode,target,duration_s,count,errors,throughput_per_s,p50_ms,p90_ms,"
                + "p99_ms,p999_ms,max_ms,label", lines.get(0));
        assertEquals(5, lines.size(), "header once, then main + named row per append");
        List<String> cells = parseCsvLine(lines.get(1));
        assertEquals(CsvResultWriter.COLUMNS.size(), cells.size());
        assertEquals("2025-01-02T03:04:05.678Z", cells.get(0));
        assertEquals("http GET http://127.0.0.1/x", cells.get(1));
        assertEquals("rate", cells.get(2));
        assertEquals("50", cells.get(3));
        assertEquals("20.000", cells.get(4));
        assertEquals("1000", cells.get(5));
        assertEquals("3", cells.get(6));
        assertEquals("49.85", cells.get(7));
        assertEquals(500, Double.parseDouble(cells.get(8)), 0.5);
        assertEquals(1000, Double.parseDouble(cells.get(12)), 1.0);
        assertEquals("baseline, cold", cells.get(13));
        assertTrue(lines.get(1).endsWith("\"baseline, cold\""));
        List<String> named = parseCsvLine(lines.get(2));
        assertEquals("http GET http://127.0.0.1/x:visible", named.get(1));
        assertEquals(CsvResultWriter.COLUMNS.size(), named.size());
        assertEquals("second", parseCsvLine(lines.get(3)).get(13));
    }

    @Test
    void hgrmFileIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.hgrm");
        Report.writeHgrm(oneToThousandMillis(), file);
        String text = Files.readString(file);
        assertTrue(text.contains("Value"), text);
        assertTrue(text.contains("#[Max"), text);
        assertEquals(dir.resolve("x-run2.hgrm"), Report.withSuffix(file, "run2"));
        assertEquals(dir.resolve("x-a_b.hgrm"), Report.withSuffix(file, "a/b"));
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ofMillis(1500), Durations.parse("1.5s"));
        assertEquals("1.5s", Durations.format(Duration.ofMillis(1500)));
        assertEquals("2m30s", Durations.format(Duration.ofSeconds(150)));
    }

    /** Minimal RFC 4180 line parser for the assertions. */
    static List<String> parseCsvLine(String line) {
        java.util.ArrayList<String> cells = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return Arrays.asList(cells.toArray(new String[0]));
    }
}
