package org.credstack.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The progress of a rebuild on the console: on a terminal one line redrawn with carriage returns, else a line when the
 * state changes, at the end, and otherwise at most one per {@code lineInterval}.
 */
final class ProgressBar {

    static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean tty;
    private final Duration lineInterval;
    private int lastLineLength;
    private long lastLine = Long.MIN_VALUE;
    private String lastState;

    ProgressBar(PrintStream out, boolean tty, Duration lineInterval) {
        this.out = out;
        this.tty = tty;
        this.lineInterval = lineInterval;
    }

    /** Starts following a new rebuild: its first progress is shown whenever it comes. */
    void begin() {
        lastLine = Long.MIN_VALUE;
        lastState = null;
    }

    void show(RebuildProgress progress) {
        long now = System.nanoTime();
        if (tty) {
            draw(line(progress));
        } else if (progress.finished() || !progress.state().equals(lastState) || lastLine == Long.MIN_VALUE
                || now - lastLine >= lineInterval.toNanos()) {
            out.println(line(progress));
            out.flush();
            lastLine = now;
        }
        lastState = progress.state();
    }

    /** {@code [#####-----]  52.3%  12,345/23,600 events  8,120/s  ETA 1s  REPLAYING}. */
    static String line(RebuildProgress p) {
        double percent = p.state().equals("DONE") ? 100.0 : p.percent();
        int filled = (int) Math.floor(percent / 100.0 * BAR_WIDTH);
        StringBuilder s = new StringBuilder("[");
        s.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        s.append(String.format(Locale.ROOT, "%5.1f%%", percent));
        s.append("  ").append(ConsoleFormat.number(p.done())).append('/').append(ConsoleFormat.number(p.total()))
                .append(" events");
        s.append("  ").append(ConsoleFormat.number(Math.round(p.rate()))).append("/s");
        switch (p.state()) {
            case "DONE" -> {
                String took = p.took();
                if (took != null) {
                    s.append("  took ").append(took);
                }
            }
            case "FAILED" -> {
            }
            default -> s.append("  ETA ").append(p.eta() == null ? "--" : ConsoleFormat.duration(p.eta()));
        }
        s.append("  ").append(p.state());
        return s.toString();
    }

    private void draw(String line) {
        int pad = Math.max(0, lastLineLength - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastLineLength = line.length();
    }

    /** Ends a progress line being redrawn, so that what follows starts on a new line. */
    void endLine() {
        if (lastLineLength > 0) {
            out.println();
            out.flush();
            lastLineLength = 0;
        }
    }
}
