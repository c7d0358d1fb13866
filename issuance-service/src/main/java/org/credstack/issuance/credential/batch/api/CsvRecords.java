package org.credstack.issuance.credential.batch.api;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as RFC 4180 defines them: fields separated by commas, records by line breaks (CRLF, and for
 * leniency LF or CR alone), a field containing a comma, a quote or a line break enclosed in double quotes, a quote
 * inside such a field written twice. Whitespace belongs to the field. A byte order mark at the start is skipped, and
 * so are empty lines (a trailing line break does not make an empty last record).
 */
final class CsvRecords {

    /** A record that breaks RFC 4180, with the line (from 1) where it starts and the field (from 1) at fault. */
    static final class MalformedCsv extends Exception {
        private final long line;
        private final int field;

        MalformedCsv(long line, int field, String message) {
            super(message);
            this.line = line;
            this.field = field;
        }

        long line() {
            return line;
        }

        int field() {
            return field;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private long line = 1;
    private long recordLine;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean started;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line (from 1) on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or {@code null} at the end of the input. */
    List<String> next() throws IOException, MalformedCsv {
        while (true) {
            int c = read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = read();
                }
            }
            if (c == EOF) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                lineBreak(c);
                continue;
            }
            unread(c);
            recordLine = line;
            return record();
        }
    }

    private List<String> record() throws IOException, MalformedCsv {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                quoted(field, fields.size() + 1);
                c = read();
                if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    throw new MalformedCsv(recordLine, fields.size() + 1, "a quoted field must end at its closing "
                            + "quote; found '" + (char) c + "' after it");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == EOF) {
                fields.add(field.toString());
                if (c != EOF) {
                    lineBreak(c);
                }
                return fields;
            } else if (c == '"') {
                throw new MalformedCsv(recordLine, fields.size() + 1, "a field containing a quote must be enclosed "
                        + "in quotes, with the quote doubled");
            } else {
                field.append((char) c);
            }
        }
    }

    /** The content of a quoted field, after its opening quote up to and including its closing one. */
    private void quoted(StringBuilder field, int fieldNo) throws IOException, MalformedCsv {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new MalformedCsv(recordLine, fieldNo, "a quoted field is not closed before the end of the input");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    unread(after);
                    return;
                }
            } else if (c == '\r' || c == '\n') {
                field.append(lineBreak(c));
                continue;
            }
            field.append((char) c);
        }
    }

    /** Consumes a line break that began with {@code c} (CRLF counts once) and returns it. */
    private String lineBreak(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = read();
            if (next == '\n') {
                return "\r\n";
            }
            unread(next);
            return "\r";
        }
        return "\n";
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
