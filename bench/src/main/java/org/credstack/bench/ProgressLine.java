package org.credstack.bench;

import java.io.PrintStream;

/** The once-per-interval progress line. */
final class ProgressLine {

    private final RunState s;
    private final LoadConfig config;
    private final PrintStream out;
    private long prevAt;
    private long prevDone;

    ProgressLine(RunState s, LoadConfig config, PrintStream out) {
        this.s = s;
        this.config = config;
        this.out = out;
    }

    void print() {
        print(false);
    }

    /** Last line: the rate is over the whole measured phase. */
    void printFinal() {
        print(true);
    }

    private synchronized void print(boolean last) {
        try {
            long now = System.nanoTime();
            long doneAll = s.completedMeasured() + s.warmupDone.sum();
            double dt = (now - (prevAt == 0 ? s.runStart : prevAt)) / 1e9;
            double rate = dt > 0 ? (doneAll - prevDone) / dt : 0;
            if (last && s.measureStart != Long.MIN_VALUE && now > s.measureStart) {
                rate = s.completedMeasured() / ((now - s.measureStart) / 1e9);
            }
            prevAt = now;
            prevDone = doneAll;
            String elapsed = Format.fixed((now - s.runStart) / 1e9, 1) + "s";
            StringBuilder line = new StringBuilder("[bench ").append(elapsed).append("] ");
            if (s.measureStart == Long.MIN_VALUE || now < s.measureStart) {
                line.append("warm-up  ").append(s.warmupDone.sum()).append(" done  ")
                        .append(Format.fixed(rate, 1)).append("/s");
            } else {
                long done = s.completedMeasured();
                String total;
                String eta;
                if (config.requests() > 0) {
                    total = Long.toString(config.requests());
                    long left = config.requests() - done;
                    eta = rate > 0 ? Math.round(left / rate) + "s" : "?";
                } else {
                    total = config.mode() == LoadConfig.Mode.RATE
                            ? Long.toString(Math.round(config.rate() * config.duration().toNanos() / 1e9)) : "?";
                    eta = Math.max(0, Math.round((s.measureEnd - now) / 1e9)) + "s";
                }
                LatencySummary lat = LatencySummary.of(s.main.snapshot());
                line.append(done).append('/').append(total).append(" done  ")
                        .append(Format.fixed(rate, 1)).append("/s  ETA ").append(eta)
                        .append("  p50 ").append(Format.fixed(lat.p50Ms(), 3)).append("ms")
                        .append("  p99 ").append(Format.fixed(lat.p99Ms(), 3)).append("ms")
                        .append("  errors ").append(s.failed.sum());
            }
            out.println(line);
        } catch (RuntimeException e) {
            out.println("[bench] progress failed: " + e);
        }
    }
}
