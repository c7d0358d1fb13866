package org.credstack.platform.web;

/**
 * A token bucket: holds up to {@code burst} tokens, refilled at {@code perSecond}; each request takes one. Time is
 * passed in (nanoseconds, as from {@link System#nanoTime()}) so that it can be tested without waiting. Thread-safe.
 */
final class TokenBucket {

    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int burst, double perSecond, long now) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = now;
    }

    /** Takes a token; returns 0 when one was available, else the whole seconds until one will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    /** Whether the bucket has refilled completely, so that forgetting it changes nothing. */
    synchronized boolean full(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
    }
}
