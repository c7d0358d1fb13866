package org.credstack.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.credstack.events.EventJson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate limit of the public (token-less) endpoints a service lists in {@code credstack.public-rate-limit.paths}: a
 * token bucket per client address ({@code burst} requests at once, refilled at {@code per-minute}); past it, 429
 * problem+json with Retry-After. The address is the connection's, or the forwarded one when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on behind a trusted proxy. Buckets live in memory, per
 * instance: a cheap guard against one client hogging an expensive endpoint, not a quota. A Vert.x route before the
 * body size check (order -2), so that a limited client's body is never read.
 */
@ApplicationScoped
public class PublicRateLimit {

    private static final int BEFORE_BODY_LIMITS = -4;

    @ConfigProperty(name = "credstack.public-rate-limit.enabled", defaultValue = "true")
    boolean enabled;
    /** Exact request paths; none by default: a service names its public endpoints. */
    @ConfigProperty(name = "credstack.public-rate-limit.paths")
    Optional<List<String>> paths;
    @ConfigProperty(name = "credstack.public-rate-limit.burst", defaultValue = "20")
    int burst;
    @ConfigProperty(name = "credstack.public-rate-limit.per-minute", defaultValue = "60")
    int perMinute;
    /** Past this many tracked addresses, idle buckets (refilled completely) are forgotten. */
    @ConfigProperty(name = "credstack.public-rate-limit.max-clients", defaultValue = "10000")
    int maxClients;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        if (!enabled || paths.isEmpty()) {
            return;
        }
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("credstack.public-rate-limit.burst and per-minute must be at least 1");
        }
        for (String path : paths.get()) {
            router.route(path).order(BEFORE_BODY_LIMITS).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        long now = System.nanoTime();
        if (buckets.size() > maxClients) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        SocketAddress address = context.request().remoteAddress();
        String client = address == null ? "unknown" : address.hostAddress();
        long retryAfter = buckets.computeIfAbsent(client, c -> new TokenBucket(burst, perMinute / 60.0, now))
                .take(now);
        if (retryAfter == 0) {
            context.next();
            return;
        }
        context.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .end(Buffer.buffer(problem(context.request().path(), retryAfter)));
    }

    private byte[] problem(String path, long retryAfter) {
        try {
            return EventJson.mapper().writeValueAsBytes(Problem.of(429, "rate-limited", "Too many requests",
                    "At most " + perMinute + " requests a minute from one address (bursts of " + burst
                            + "); retry after " + retryAfter + " s").withInstance(path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
