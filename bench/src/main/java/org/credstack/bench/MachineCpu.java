package org.credstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How busy the machine's cores were between two readings of {@code /proc/stat} (Linux; every process counted: the
 * services, Kafka, PostgreSQL, the bench itself): whether a run was limited by the cores rather than by waiting.
 */
final class MachineCpu {

    /** Jiffies (1/100 s) since boot, summed over cores: busy (user, nice, system, irq, softirq, steal) and all. */
    record Reading(long busy, long total) {
    }

    /** Busy and available core-seconds between two readings. */
    record Use(double busyCoreSeconds, double coreSeconds) {

        double share() {
            return coreSeconds > 0 ? busyCoreSeconds / coreSeconds : 0;
        }

        String describe() {
            return String.format(Locale.ROOT, "%.1f of %.1f core-s busy (%.0f %%), all processes", busyCoreSeconds,
                    coreSeconds, 100 * share());
        }
    }

    private static final Path STAT = Path.of("/proc/stat");

    private MachineCpu() {
    }

    /** Now, or empty where there is no {@code /proc/stat}. */
    static Optional<Reading> read() {
        try {
            return Files.isReadable(STAT) ? parse(Files.readAllLines(STAT)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Reading> parse(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                long user = Long.parseLong(f[1]);
                long nice = Long.parseLong(f[2]);
                long system = Long.parseLong(f[3]);
                long idle = Long.parseLong(f[4]);
                long iowait = Long.parseLong(f[5]);
                long irq = Long.parseLong(f[6]);
                long softirq = Long.parseLong(f[7]);
                long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
                long busy = user + nice + system + irq + softirq + steal;
                return Optional.of(new Reading(busy, busy + idle + iowait));
            }
        }
        return Optional.empty();
    }

    static Optional<Use> between(Optional<Reading> from, Optional<Reading> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Use((to.get().busy() - from.get().busy()) / 100.0,
                (to.get().total() - from.get().total()) / 100.0));
    }
}
