package org.credstack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends result rows to a CSV file (RFC 4180 quoting, UTF-8), writing the header first when the file is new
 * or empty. One row for the main histogram of a run (or of the medians), then one row per named histogram with
 * {@code scenario} = {@code <scenario>:<histogram name>}.
 */
public final class CsvResultWriter {

    public static final List<String> COLUMNS = List.of("timestamp", "scenario", "mode", "target", "duration_s",
            "count", "errors", "throughput_per_s", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms", "label");

    private final Path file;

    public CsvResultWriter(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends the rows of {@code s}; returns them (without line ends). */
    public synchronized List<String> append(Summary s, String label, Instant timestamp) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<String> rows = rows(s, label, timestamp);
        StringBuilder text = new StringBuilder();
        if (!Files.exists(file) || Files.size(file) == 0) {
            text.append(String.join(",", COLUMNS)).append('\n');
        } else if (!endsWithNewline()) {
            text.append('\n');
        }
        rows.forEach(r -> text.append(r).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return rows;
    }

    private boolean endsWithNewline() throws IOException {
        try (var ch = Files.newByteChannel(file)) {
            if (ch.size() == 0) {
                return true;
            }
            ch.position(ch.size() - 1);
            var buf = java.nio.ByteBuffer.allocate(1);
            ch.read(buf);
            return buf.get(0) == '\n';
        }
    }

    /** The rows for {@code s} (main, then one per named histogram). */
    public static List<String> rows(Summary s, String label, Instant timestamp) {
        String ts = timestamp.truncatedTo(ChronoUnit.MILLIS).toString();
        List<String> rows = new ArrayList<>();
        rows.add(row(ts, s.scenario(), s, s.count(), s.errors(), s.throughput(), s.latency(), label));
        for (Map.Entry<String, LatencySummary> e : s.named().entrySet()) {
            LatencySummary l = e.getValue();
            double perSecond = s.durationSeconds() > 0 ? l.count() / s.durationSeconds() : 0;
            rows.add(row(ts, s.scenario() + ":" + e.getKey(), s, l.count(), 0, perSecond, l, label));
        }
        return rows;
    }

    private static String row(String ts, String scenario, Summary s, long count, long errors, double throughput,
                              LatencySummary l, String label) {
        List<String> cells = List.of(ts, scenario, s.mode(), Format.number(s.target()),
                Format.fixed(s.durationSeconds(), 3), Long.toString(count), Long.toString(errors),
                Format.fixed(throughput, 2), Format.fixed(l.p50Ms(), 3), Format.fixed(l.p90Ms(), 3),
                Format.fixed(l.p99Ms(), 3), Format.fixed(l.p999Ms(), 3), Format.fixed(l.maxMs(), 3),
                label == null ? "" : label);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(escape(cells.get(i)));
        }
        return sb.toString();
    }

    /** RFC 4180: quote fields holding a comma, quote, CR or LF; double the quotes. */
    public static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
