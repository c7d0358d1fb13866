package org.credstack.issuance.credential.batch.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credstack.issuance.credential.api.IssueCredentialRequest;
import org.credstack.issuance.credential.batch.application.BatchRejected;
import org.credstack.issuance.credential.batch.application.RowErrors;

/**
 * A CSV upload as the rows of a batch: a header row naming columns, then one recipient per record. Each column maps
 * to a field of the JSON row ({@code email} to {@code recipient.email}, ...), and problems are named by that field,
 * {@code rows[<index>].<field>}, with the CSV line in the message. An empty cell is a field left out.
 */
final class CsvRows {

    /** Column name → the field of IssueCredentialRequest it fills, in the documented order. */
    static final Map<String, String> COLUMNS = columns();
    static final List<String> REQUIRED = List.of("achievementId", "email");

    private CsvRows() {
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("achievementId", "achievementId");
        columns.put("achievementVersion", "achievementVersion");
        columns.put("email", "recipient.email");
        columns.put("learnerId", "recipient.learnerId");
        columns.put("displayName", "recipient.displayName");
        columns.put("validFrom", "validFrom");
        columns.put("validUntil", "validUntil");
        return columns;
    }

    /**
     * @throws BatchRejected naming every malformed row and field (up to a limit), an unknown, duplicate or missing
     *                       column, or more than {@code maxRows} rows
     * @throws UncheckedIOException if the body cannot be read (or is not in its declared charset)
     */
    static List<IssueCredentialRequest> read(Reader body, int maxRows) {
        CsvRecords records = new CsvRecords(new BufferedReader(body, 1 << 16));
        RowErrors errors = new RowErrors();
        List<IssueCredentialRequest> rows = new ArrayList<>();
        List<String> header = null;
        try {
            header = records.next();
            if (header == null) {
                throw BatchRejected.of(BatchRejected.Kind.INVALID, "rows", "the upload is empty: send a header row "
                        + "naming the columns, then one row per recipient");
            }
            Map<String, Integer> positions = positions(header, errors);
            errors.throwIfAny(BatchRejected.Kind.INVALID);
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (rows.size() >= maxRows) {
                    throw tooLarge(maxRows);
                }
                rows.add(row(rows.size(), record, header.size(), positions, records.recordLine(), errors));
            }
        } catch (CsvRecords.MalformedCsv e) {
            String field = header == null ? "header" : RowErrors.row(rows.size())
                    + (e.field() <= header.size() && COLUMNS.containsKey(header.get(e.field() - 1).trim())
                    ? "." + COLUMNS.get(header.get(e.field() - 1).trim()) : "");
            errors.add(field, e.getMessage() + " (CSV line " + e.line() + ", field " + e.field() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        errors.throwIfAny(BatchRejected.Kind.INVALID);
        if (rows.isEmpty()) {
            throw BatchRejected.of(BatchRejected.Kind.INVALID, "rows", "must contain at least one row after the "
                    + "header");
        }
        return rows;
    }

    static BatchRejected tooLarge(int maxRows) {
        return BatchRejected.of(BatchRejected.Kind.TOO_LARGE, "rows", "a batch has at most " + maxRows
                + " rows; split the upload");
    }

    private static Map<String, Integer> positions(List<String> header, RowErrors errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!COLUMNS.containsKey(name)) {
                errors.add(name.isEmpty() ? "header[" + i + "]" : name, "unknown column; the columns are "
                        + String.join(", ", COLUMNS.keySet()));
            } else if (positions.putIfAbsent(name, i) != null) {
                errors.add(name, "duplicate column");
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                errors.add(required, "required column missing");
            }
        }
        return positions;
    }

    /** The row, or {@code null} when a cell of it cannot be read (then named in {@code errors}). */
    private static IssueCredentialRequest row(int index, List<String> record, int width,
                                              Map<String, Integer> positions, long line, RowErrors errors) {
        String at = " (CSV line " + line + ")";
        if (record.size() != width) {
            errors.add(RowErrors.row(index), "has " + record.size() + " fields where the header has " + width + at);
            return null;
        }
        Cells cells = new Cells(index, record, positions, at, errors);
        Integer version = cells.integer("achievementVersion");
        Instant validFrom = cells.instant("validFrom");
        Instant validUntil = cells.instant("validUntil");
        if (cells.failed) {
            return null;
        }
        return new IssueCredentialRequest(cells.text("achievementId"), version,
                new IssueCredentialRequest.RecipientFields(cells.text("email"), cells.text("learnerId"),
                        cells.text("displayName")), validFrom, validUntil);
    }

    /** The cells of one record, read by column name; absent columns and empty cells are {@code null}. */
    private static final class Cells {
        private final int index;
        private final List<String> record;
        private final Map<String, Integer> positions;
        private final String at;
        private final RowErrors errors;
        private boolean failed;

        Cells(int index, List<String> record, Map<String, Integer> positions, String at, RowErrors errors) {
            this.index = index;
            this.record = record;
            this.positions = positions;
            this.at = at;
            this.errors = errors;
        }

        String text(String column) {
            Integer position = positions.get(column);
            String value = position == null ? null : record.get(position);
            return value == null || value.isEmpty() ? null : value;
        }

        Integer integer(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                return fail(column, "must be a whole number");
            }
        }

        Instant instant(String column) {
            String value = text(column);
            try {
                return value == null ? null : Instant.parse(value.trim());
            } catch (DateTimeParseException e) {
                return fail(column, "must be an ISO-8601 instant such as 2026-09-01T00:00:00Z");
            }
        }

        private <T> T fail(String column, String message) {
            failed = true;
            errors.add(RowErrors.row(index) + "." + COLUMNS.get(column), message + at);
            return null;
        }
    }
}
