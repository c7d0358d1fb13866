package org.credstack.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A string with per-request placeholders: {@code {{n}}} is the operation index, {@code {{uuid}}} a random
 * UUID (the same one for every {@code {{uuid}}} of one request). Any other {@code {{...}}} stays as written.
 */
public final class Template {

    public static final String INDEX = "{{n}}";
    public static final String UUID = "{{uuid}}";

    private enum Kind { TEXT, INDEX, UUID }

    private record Part(Kind kind, String text) {
    }

    private final String source;
    private final List<Part> parts;
    private final boolean usesUuid;

    private Template(String source) {
        this.source = source;
        List<Part> out = new ArrayList<>();
        int i = 0;
        StringBuilder text = new StringBuilder();
        boolean uuid = false;
        while (i < source.length()) {
            if (source.startsWith(INDEX, i)) {
                flush(out, text);
                out.add(new Part(Kind.INDEX, null));
                i += INDEX.length();
            } else if (source.startsWith(UUID, i)) {
                flush(out, text);
                out.add(new Part(Kind.UUID, null));
                uuid = true;
                i += UUID.length();
            } else {
                text.append(source.charAt(i++));
            }
        }
        flush(out, text);
        this.parts = List.copyOf(out);
        this.usesUuid = uuid;
    }

    private static void flush(List<Part> out, StringBuilder text) {
        if (text.length() > 0) {
            out.add(new Part(Kind.TEXT, text.toString()));
            text.setLength(0);
        }
    }

    public static Template of(String source) {
        return new Template(source);
    }

    /** True if the text has no placeholder (renders to itself). */
    public boolean isConstant() {
        return parts.stream().allMatch(p -> p.kind == Kind.TEXT);
    }

    public boolean usesUuid() {
        return usesUuid;
    }

    public String source() {
        return source;
    }

    /** The text with {@code {{n}}} → {@code index} and {@code {{uuid}}} → {@code uuid}. */
    public String render(long index, String uuid) {
        if (parts.size() == 1 && parts.get(0).kind == Kind.TEXT) {
            return parts.get(0).text;
        }
        StringBuilder sb = new StringBuilder(source.length() + 32);
        for (Part p : parts) {
            switch (p.kind) {
                case TEXT -> sb.append(p.text);
                case INDEX -> sb.append(index);
                case UUID -> sb.append(uuid);
                default -> throw new IllegalStateException();
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
