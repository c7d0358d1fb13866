package org.credstack.platform.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a few fields of one JSON object from its UTF-8 bytes and steps over the rest without tokenizing it: a
 * rebuild reads a handful of fields from every credential ever issued, and each event is mostly the signed credential
 * and its JWT (8 KB), which a streaming parser would still tokenize field by field (most of the parse, measured in
 * docs/benchmarks.md). Field names are compared as bytes, values are decoded only when asked for. A skipped value is
 * checked only for its shape (strings closed, brackets balanced and matching), not for its grammar: the records come
 * from the event store's relay, which wrote them with Jackson, and Kafka checks every batch's CRC.
 */
public final class JsonSkim {

    /** A field name, encoded once. */
    public static final class Name {
        private final byte[] bytes;

        private Name(String name) {
            this.bytes = name.getBytes(StandardCharsets.UTF_8);
        }

        public static Name of(String name) {
            return new Name(name);
        }
    }

    private final byte[] json;
    private int at;
    private int nameFrom;
    private int nameTo;
    private boolean nameEscaped;

    public JsonSkim(byte[] json) {
        this.json = json;
    }

    /** Steps into the object that starts here. */
    public void enterObject() throws IOException {
        expect('{');
        at++;
        nameTo = -1;
    }

    /**
     * Moves to the next field of the current object and returns true, or steps past the object's end and returns
     * false. A field's value must be read or skipped before the next call.
     */
    public boolean nextField() throws IOException {
        skipWhitespace();
        if (nameTo >= 0) {
            if (peek() == ',') {
                at++;
                skipWhitespace();
            } else {
                expect('}');
                at++;
                return false;
            }
        } else if (peek() == '}') {
            at++;
            return false;
        }
        expect('"');
        nameFrom = at + 1;
        nameTo = skipString();
        nameEscaped = indexOf('\\', nameFrom, nameTo) >= 0;
        skipWhitespace();
        expect(':');
        at++;
        skipWhitespace();
        return true;
    }

    /** Whether the current field is called {@code name}. */
    public boolean is(Name name) {
        if (nameEscaped) {
            return decode(nameFrom, nameTo).equals(new String(name.bytes, StandardCharsets.UTF_8));
        }
        if (nameTo - nameFrom != name.bytes.length) {
            return false;
        }
        for (int i = 0; i < name.bytes.length; i++) {
            if (json[nameFrom + i] != name.bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The current value as text: a string's content, a number, {@code true} or {@code false}; null for null. */
    public String text() throws IOException {
        if (peek() == '"') {
            int from = at + 1;
            int to = skipString();
            return decode(from, to);
        }
        if (peek() == '{' || peek() == '[') {
            throw new IOException("expected a string or a scalar at byte " + at + " but found " + (char) peek());
        }
        int from = at;
        skipScalar();
        String raw = new String(json, from, at - from, StandardCharsets.US_ASCII);
        return raw.equals("null") ? null : raw;
    }

    /** Steps over the current value, whatever it is. */
    public void skipValue() throws IOException {
        byte first = peek();
        if (first == '"') {
            skipString();
        } else if (first == '{' || first == '[') {
            skipNested();
        } else {
            skipScalar();
        }
    }

    /** Whether the current value is null (then stepped over). */
    public boolean skipNull() throws IOException {
        if (peek() != 'n') {
            return false;
        }
        skipScalar();
        return true;
    }

    /** Checks that nothing but whitespace follows the object. */
    public void end() throws IOException {
        skipWhitespace();
        if (at != json.length) {
            throw new IOException("unexpected " + (char) json[at] + " at byte " + at + " after the object");
        }
    }

    /** Steps over a string starting at the quote here; returns the index of its closing quote (at is after it). */
    private int skipString() throws IOException {
        int i = at + 1;
        while (i < json.length) {
            byte b = json[i];
            if (b == '"') {
                at = i + 1;
                return i;
            }
            i += b == '\\' ? 2 : 1;
        }
        throw new IOException("unterminated string from byte " + at);
    }

    private void skipNested() throws IOException {
        byte[] closers = new byte[64];
        int depth = 0;
        int i = at;
        while (i < json.length) {
            byte b = json[i];
            if (b == '"') {
                at = i;
                i = skipString() + 1;
                continue;
            }
            if (b == '{' || b == '[') {
                if (depth == closers.length) {
                    closers = java.util.Arrays.copyOf(closers, depth * 2);
                }
                closers[depth++] = b == '{' ? (byte) '}' : (byte) ']';
            } else if (b == '}' || b == ']') {
                if (depth == 0 || closers[--depth] != b) {
                    throw new IOException("unbalanced " + (char) b + " at byte " + i);
                }
                if (depth == 0) {
                    at = i + 1;
                    return;
                }
            }
            i++;
        }
        throw new IOException("unterminated object or array from byte " + at);
    }

    private void skipScalar() throws IOException {
        int from = at;
        while (at < json.length) {
            byte b = json[at];
            if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                break;
            }
            if (b == '"' || b == '{' || b == '[' || b == ':') {
                throw new IOException("unexpected " + (char) b + " at byte " + at);
            }
            at++;
        }
        if (at == from) {
            throw new IOException("expected a value at byte " + from);
        }
    }

    private String decode(int from, int to) {
        if (indexOf('\\', from, to) < 0) {
            return new String(json, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(to - from);
        int run = from;
        for (int i = from; i < to; i++) {
            if (json[i] != '\\') {
                continue;
            }
            out.append(new String(json, run, i - run, StandardCharsets.UTF_8));
            byte escaped = json[++i];
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(new String(json, i + 1, 4, StandardCharsets.US_ASCII), 16));
                    i += 4;
                }
                default -> out.append((char) escaped); // " \ /
            }
            run = i + 1;
        }
        return out.append(new String(json, run, to - run, StandardCharsets.UTF_8)).toString();
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (json[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private void skipWhitespace() {
        while (at < json.length && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t')) {
            at++;
        }
    }

    private byte peek() throws IOException {
        if (at >= json.length) {
            throw new IOException("unexpected end of input at byte " + at);
        }
        return json[at];
    }

    private void expect(char c) throws IOException {
        if (peek() != c) {
            throw new IOException("expected " + c + " at byte " + at + " but found " + (char) json[at]);
        }
    }
}
