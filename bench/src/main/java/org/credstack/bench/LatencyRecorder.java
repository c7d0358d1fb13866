package org.credstack.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Thread-safe latency recording into an HDR histogram with microsecond resolution up to 60 s (3 significant
 * digits). Writers are wait-free ({@link Recorder}); {@link #snapshot()} may be called while recording goes on.
 * Values above 60 s are clamped to 60 s and counted in {@link #clampedCount()}.
 */
public final class LatencyRecorder {

    /** Highest trackable value, in microseconds (60 s). */
    public static final long HIGHEST_TRACKABLE_MICROS = 60_000_000L;
    public static final int SIGNIFICANT_DIGITS = 3;

    private final Recorder recorder = new Recorder(1, HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    private final Histogram total = newHistogram();
    private Histogram interval;
    private volatile long clamped;

    /** A new empty histogram with the harness's range and precision (values in microseconds). */
    public static Histogram newHistogram() {
        return new Histogram(1, HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    }

    /** Records one latency given in nanoseconds. */
    public void recordNanos(long nanos) {
        recordMicros(nanos / 1_000L);
    }

    /** Records one latency given in microseconds. */
    public void recordMicros(long micros) {
        long v = micros;
        if (v < 0) {
            v = 0;
        } else if (v > HIGHEST_TRACKABLE_MICROS) {
            v = HIGHEST_TRACKABLE_MICROS;
            synchronized (this) {
                clamped++;
            }
        }
        recorder.recordValue(v);
    }

    /** A copy of everything recorded so far (since construction or the last {@link #reset()}). */
    public synchronized Histogram snapshot() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return total.copy();
    }

    public long clampedCount() {
        return clamped;
    }

    public synchronized void reset() {
        recorder.reset();
        total.reset();
        clamped = 0;
    }
}
