package org.credstack.devstack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The table {@code ./credstack projections} prints: one row per projection, numbers right-aligned. */
final class ProjectionTable {

    private ProjectionTable() {
    }

    /** @param list the service's {@code GET /admin/projections}, a non-empty array */
    static void print(PrintStream out, JsonNode list) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "GEN", "SCHEMA", "APPLIED", "DUPLICATES", "DEAD-LETTERED", "REBUILD"});
        for (JsonNode p : list) {
            rows.add(new String[] {
                    p.path("name").asText(),
                    p.path("generation").asText(),
                    p.path("schema").asText() + (p.path("switching").asBoolean() ? " (switching)" : ""),
                    ConsoleFormat.number(p.path("applied").asLong()),
                    ConsoleFormat.number(p.path("skippedDuplicates").asLong()),
                    ConsoleFormat.number(p.path("deadLettered").asLong()),
                    rebuildSummary(p.path("rebuild"))});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder s = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i == 1 || (i >= 3 && i <= 5);
                String cell = i == row.length - 1 ? row[i]
                        : numeric ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                s.append(' ').append(cell).append(i == row.length - 1 ? "" : " ");
            }
            out.println(s.toString().stripTrailing());
        }
    }

    private static String rebuildSummary(JsonNode rebuild) {
        if (!rebuild.isObject()) {
            return "-";
        }
        RebuildProgress p = RebuildProgress.of(rebuild);
        String gen = " (gen " + p.generation() + ")";
        return switch (p.state()) {
            case "DONE" -> "DONE" + gen + (p.finishedAt() == null ? "" : " " + p.finishedAt());
            case "FAILED" -> "FAILED" + gen + (p.error() == null ? "" : ": " + p.error());
            default -> p.state() + String.format(Locale.ROOT, " %.1f%%", p.percent()) + gen;
        };
    }
}
