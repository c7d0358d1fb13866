package org.credstack.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsage() {
        Outcome o = run("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage:"));
        assertTrue(o.out().contains("--rate R"));
        assertEquals(0, run("http", "--help").code());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "bogus",
            "http",
            "http --url http://127.0.0.1:1/ --rate 10 --concurrency 2",
            "http --url http://127.0.0.1:1/ --duration 5s --requests 10",
            "http --url http://127.0.0.1:1/ --rate abc",
            "http --url http://127.0.0.1:1/ --rate -5",
            "http --url http://127.0.0.1:1/ --concurrency 0",
            "http --url http://127.0.0.1:1/ --duration soon",
            "http --url http://127.0.0.1:1/ --duration 0s",
            "http --url http://127.0.0.1:1/ --requests",
            "http --url http://127.0.0.1:1/ --frobnicate 3",
            "http --url http://127.0.0.1:1/ --header NoColon",
            "http --url http://127.0.0.1:1/ --expect 20x",
            "http --url http://127.0.0.1:1/ --body a --body-file b.json",
            "http --url http://127.0.0.1:1/ --body-file /nonexistent/body.json",
            "http --url ftp://127.0.0.1/x",
            "http --url http://127.0.0.1:1/ --header 'Host: x'",
            "http --url http://127.0.0.1:1/ --concurrency 2 --max-in-flight 5",
            "http --url http://127.0.0.1:1/ --repeat 0",
            "http --url http://127.0.0.1:1/ --sleep 1s",
            "noop --url http://127.0.0.1:1/",
            "noop stray",
            "http --url http://127.0.0.1:1/ --quiet=yes",
            "bulk --rate 10",
            "bulk --rows 0",
            "bulk --format xml",
            "bulk --hgrm x.hgrm",
            "issue --issuance-url ftp://127.0.0.1/",
            "issue --rows 5",
            "revocation-visibility --concurrency 2 --duration 5s",
            "revocation-visibility --concurrency 2 --requests 5 --warmup 1s",
            "revocation-visibility --rate 10 --poll 0s",
            "raw --parts bogus",
            "raw --threads 0",
            "raw --threads 1,x",
            "raw --vc-jar x.jar",
            "raw --rate 10",
            "raw --name x",
            "raw --jdbc-url http://127.0.0.1/",
            "raw --credential /nonexistent/credential.json",
            "skeleton --pool 3",
    })
    void badArgumentsExitWithCode2(String line) {
        String[] args = line.isEmpty() ? new String[0] : splitArgs(line);
        Outcome o = run(args);
        assertEquals(Main.EXIT_USAGE, o.code(), line + " -> " + o.err());
        assertTrue(o.err().startsWith("error: "), o.err());
        assertTrue(o.err().contains("--help"), o.err());
        assertEquals("", o.out(), "nothing runs");
    }

    /** Splits on spaces, keeping 'single quoted' parts together. */
    private static String[] splitArgs(String line) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out.toArray(new String[0]);
    }

    @Test
    void httpRunWithRepeatWritesCsvRowsAndMedians(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("results/x.csv");
        Path hgrm = dir.resolve("x.hgrm");
        try (TestServer server = new TestServer(r -> TestServer.queryInt(r, "n") % 4 == 0 ? 500 : 200)) {
            Outcome o = run("http", "--url", server.url("/t?n={{n}}"), "--header", "X-Run: {{uuid}}",
                    "--concurrency", "2", "--requests", "20", "--warmup-requests", "2", "--repeat", "3",
                    "--expect", "200", "--csv", csv.toString(), "--label", "ci smoke", "--hgrm", hgrm.toString(),
                    "--progress", "100ms");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("median of 3 runs"), o.out());
            assertTrue(o.out().contains("HTTP 500="), o.out());
            assertEquals(3 * 22, server.requests().size());

            List<String> lines = Files.readAllLines(csv);
            assertEquals(String.join(",", CsvResultWriter.COLUMNS), lines.get(0));
            assertEquals(1 + 3 + 1, lines.size(), "header, 3 runs, median");
            for (int i = 1; i < lines.size(); i++) {
                List<String> cells = ReportingTest.parseCsvLine(lines.get(i));
                assertEquals(CsvResultWriter.COLUMNS.size(), cells.size(), lines.get(i));
                assertEquals("concurrency", cells.get(2));
                assertEquals("2", cells.get(3));
                assertEquals("20", cells.get(5));
                assertEquals("5", cells.get(6), "n = 2, 6, 10, ... hits n % 4 == 0 five times per run of 20");
            }
            assertEquals("ci smoke run 1/3", ReportingTest.parseCsvLine(lines.get(1)).get(13));
            assertEquals("ci smoke median of 3", ReportingTest.parseCsvLine(lines.get(4)).get(13));
            assertTrue(Files.exists(dir.resolve("x-run1.hgrm")));
            assertTrue(Files.exists(dir.resolve("x-run3.hgrm")));
        }
    }

    @Test
    void selftestAndNoopRun(@TempDir Path dir) {
        Outcome self = run("selftest", "--rate", "200", "--requests", "20", "--quiet");
        assertEquals(0, self.code(), self.err());
        assertTrue(self.out().contains("count      20  (errors 0)"), self.out());

        Outcome failing = run("selftest", "--path", "/status/503", "--concurrency", "2", "--requests", "10",
                "--quiet");
        assertEquals(0, failing.code(), failing.err());
        assertTrue(failing.out().contains("HTTP 503=10"), failing.out());

        Outcome noop = run("noop", "--concurrency", "2", "--requests", "50", "--fail-every", "10", "--quiet",
                "--csv", dir.resolve("n.csv").toString());
        assertEquals(0, noop.code(), noop.err());
        assertTrue(noop.out().contains("count      50  (errors 5)"), noop.out());
    }
}
