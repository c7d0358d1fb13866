package org.credstack.bench;

import org.HdrHistogram.Histogram;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Human-readable summaries and .hgrm percentile distributions. */
public final class Report {

    private Report() {
    }

    /** Prints the summary of one run, or of the medians when {@code s.runs() > 1}. */
    public static void print(Summary s, String heading, PrintStream out) {
        out.println("== " + heading + " ==");
        out.println("scenario   " + s.scenario());
        out.println("mode       " + s.mode() + " " + Format.number(s.target())
                + (s.mode().equals(LoadConfig.Mode.RATE.label()) ? "/s" : " workers"));
        out.println("duration   " + Format.fixed(s.durationSeconds(), 3) + " s");
        out.println("count      " + s.count() + "  (errors " + s.errors() + ")");
        out.println("throughput " + Format.fixed(s.throughput(), 2) + " ok/s");
        out.printf(java.util.Locale.ROOT, "%-28s %9s %10s %10s %10s %10s %10s%n",
                "latency (ms)", "count", "p50", "p90", "p99", "p99.9", "max");
        row(out, "main (successful ops)", s.latency());
        for (Map.Entry<String, LatencySummary> e : s.named().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        if (!s.failures().isEmpty()) {
            StringBuilder sb = new StringBuilder("errors     ");
            s.failures().forEach((k, v) -> sb.append(k).append('=').append(v).append("  "));
            out.println(sb.toString().stripTrailing());
        }
    }

    private static void row(PrintStream out, String name, LatencySummary l) {
        out.printf(java.util.Locale.ROOT, "%-28s %9d %10.3f %10.3f %10.3f %10.3f %10.3f%n",
                name.length() > 28 ? name.substring(0, 28) : name,
                l.count(), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.p999Ms(), l.maxMs());
    }

    /** One line per run and the median line: the figures behind a median at a glance. */
    public static void printRuns(List<Summary> runs, Summary median, PrintStream out) {
        out.printf(java.util.Locale.ROOT, "%-8s %10s %8s %12s %10s %10s %10s %10s %10s%n",
                "run", "count", "errors", "ok/s", "p50", "p90", "p99", "p99.9", "max");
        for (int i = 0; i < runs.size(); i++) {
            runLine(out, Integer.toString(i + 1), runs.get(i));
        }
        runLine(out, "median", median);
    }

    private static void runLine(PrintStream out, String name, Summary s) {
        LatencySummary l = s.latency();
        out.printf(java.util.Locale.ROOT, "%-8s %10d %8d %12.2f %10.3f %10.3f %10.3f %10.3f %10.3f%n",
                name, s.count(), s.errors(), s.throughput(), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.p999Ms(), l.maxMs());
    }

    /** Writes the HDR percentile distribution of a microsecond histogram, values in milliseconds. */
    public static void writeHgrm(Histogram micros, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            micros.outputPercentileDistribution(ps, 1_000.0);
        } catch (FileNotFoundException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** {@code dir/x.hgrm} with a suffix: {@code dir/x-run2.hgrm}, {@code dir/x-visible.hgrm}. */
    public static Path withSuffix(Path file, String suffix) {
        if (suffix == null || suffix.isEmpty()) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String safe = suffix.replaceAll("[^A-Za-z0-9._-]", "_");
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + safe + name.substring(dot) : name + "-" + safe;
        return file.resolveSibling(renamed);
    }
}
