package org.credstack.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints the short durations used on the command line: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
public final class Durations {

    private static final Pattern PATTERN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private Durations() {
    }

    /** A plain number means seconds. Throws {@link IllegalArgumentException} with a readable message. */
    public static Duration parse(String text) {
        Matcher m = PATTERN.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 30s, 2m, 1h)");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "s" -> value * 1_000d;
            case "m" -> value * 60_000d;
            case "h" -> value * 3_600_000d;
            default -> throw new IllegalStateException(unit);
        };
        return Duration.ofNanos(Math.round(millis * 1_000_000d));
    }

    /** Compact form: {@code 250ms}, {@code 30s}, {@code 1.5s}, {@code 2m}, {@code 2m30s}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return ms % 1_000 == 0 ? (ms / 1_000) + "s" : Format.number(ms / 1_000d) + "s";
        }
        long s = ms / 1_000;
        if (s % 3_600 == 0) {
            return (s / 3_600) + "h";
        }
        return (s / 60) + "m" + (s % 60 == 0 ? "" : (s % 60) + "s");
    }
}
