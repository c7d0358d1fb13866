package org.credstack.devstack;

import java.util.Locale;

/** How the operator commands write counts and durations. */
final class ConsoleFormat {

    private ConsoleFormat() {
    }

    /** {@code 12,345}. */
    static String number(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** {@code 42s}, {@code 3m05s}, {@code 2h07m}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
