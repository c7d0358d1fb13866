package org.credstack.vc.did;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The SSRF guard for outbound fetches (DID documents, key URLs, status lists): GET only, to hosts the
 * {@link HostAllowList} permits (checked before any connection); https, plain http only for loopback hosts
 * (localhost, 127.0.0.1, [::1]); a connect time-out and a time-out for the whole exchange; a maximum body size
 * (a larger declared Content-Length is refused before the body is read, a longer body is cut off at the limit);
 * redirects followed only to the same host and port (at most {@code maxRedirects}), never to another host; a JSON
 * content type on the final response. Host names that are not loopback names are resolved first and refused when
 * they point at a loopback, private, link-local or otherwise internal address, unless
 * {@link Builder#allowPrivateAddresses(boolean)} (e.g. inside a cluster); a host listed as an IP literal is taken
 * as meant.
 *
 * <p>Uses {@link java.net.http.HttpClient} (HTTP/1.1, automatic redirects off). Thread-safe.
 */
public final class OutboundFetchGuard {

    public static final int DEFAULT_MAX_BYTES = 256 * 1024;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/did+json",
            "application/did+ld+json", "application/ld+json");

    private final HostAllowList allowList;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxBytes;
    private final int maxRedirects;
    private final boolean allowPrivateAddresses;
    private final HttpClient client;

    private OutboundFetchGuard(Builder b) {
        this.allowList = Objects.requireNonNull(b.allowList, "allowList");
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxBytes = b.maxBytes;
        this.maxRedirects = b.maxRedirects;
        this.allowPrivateAddresses = b.allowPrivateAddresses;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public static Builder builder(HostAllowList allowList) {
        return new Builder(allowList);
    }

    /** Whether a host is a loopback host for which plain http is allowed: localhost, 127.0.0.1, [::1]. */
    public static boolean isLoopbackHost(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }

    public HostAllowList allowList() {
        return allowList;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Checks a URL against the guard without connecting. @throws OutboundFetchException naming the refusal
     */
    public void check(URI uri) throws OutboundFetchException {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            throw new OutboundFetchException("Refused: not an absolute URL with a host: " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new OutboundFetchException("Refused: user info in the URL " + uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if ("http".equals(scheme)) {
            if (!isLoopbackHost(host)) {
                throw new OutboundFetchException("Refused: plain http is allowed for loopback hosts only, not " + host);
            }
        } else if (!"https".equals(scheme)) {
            throw new OutboundFetchException("Refused: scheme " + scheme + " (only https, and http for loopback)");
        }
        if (!allowList.permits(host, effectivePort(uri))) {
            throw new OutboundFetchException("Refused: host " + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + " is not on the outbound allow-list");
        }
        if (!allowPrivateAddresses && !isLoopbackHost(host) && !isIpLiteral(host)) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new OutboundFetchException("Refused: host " + host + " does not resolve", e);
            }
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new OutboundFetchException("Refused: host " + host + " resolves to the internal address "
                            + address.getHostAddress());
                }
            }
        }
    }

    /**
     * GETs a JSON document through the guard. @throws OutboundFetchException when refused or failed, saying why
     */
    public byte[] fetchJson(URI uri) throws OutboundFetchException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            check(current);
            HttpRequest request = HttpRequest.newBuilder(current)
                    .GET()
                    .timeout(readTimeout)
                    .header("Accept", "application/did+json, application/did+ld+json, application/json;q=0.9, "
                            + "application/ld+json;q=0.8")
                    .build();
            HttpResponse<byte[]> response = exchange(request);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("location").orElseThrow(() ->
                        new OutboundFetchException("HTTP " + status + " without Location from " + uri));
                URI next;
                try {
                    next = current.resolve(location);
                } catch (IllegalArgumentException e) {
                    throw new OutboundFetchException("Refused: bad redirect Location " + location, e);
                }
                if (next.getHost() == null || !next.getHost().equalsIgnoreCase(current.getHost())
                        || effectivePort(next) != effectivePort(current)) {
                    throw new OutboundFetchException("Refused: redirect from " + current.getHost() + " to another host ("
                            + next + ")");
                }
                if ("https".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                    throw new OutboundFetchException("Refused: redirect from https to " + next.getScheme());
                }
                if (hop >= maxRedirects) {
                    throw new OutboundFetchException("Refused: more than " + maxRedirects + " redirects from " + uri);
                }
                current = next;
                continue;
            }
            if (status != 200) {
                throw new OutboundFetchException("HTTP " + status + " from " + current);
            }
            return response.body();
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws OutboundFetchException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::subscriber);
        long deadline = connectTimeout.plus(readTimeout).toMillis();
        try {
            return future.get(deadline, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new OutboundFetchException("Timed out after " + deadline + " ms fetching " + request.uri(), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new OutboundFetchException("Interrupted fetching " + request.uri(), e);
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof OutboundFetchException) {
                    throw new OutboundFetchException(t.getMessage() + " (" + request.uri() + ")", t);
                }
                if (t instanceof HttpConnectTimeoutException) {
                    throw new OutboundFetchException("Connect timed out after " + connectTimeout.toMillis() + " ms to "
                            + request.uri(), t);
                }
                if (t instanceof HttpTimeoutException) {
                    throw new OutboundFetchException("Timed out after " + readTimeout.toMillis()
                            + " ms waiting for " + request.uri(), t);
                }
                if (t instanceof ConnectException) {
                    throw new OutboundFetchException("Could not connect to " + request.uri(), t);
                }
            }
            throw new OutboundFetchException("Fetching " + request.uri() + " failed: " + e.getCause(), e.getCause());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
        if (declared > maxBytes) {
            return new Refusing("Refused: the response declares " + declared + " bytes, over the limit of "
                    + maxBytes);
        }
        if (info.statusCode() == 200) {
            String type = info.headers().firstValue("content-type").orElse("");
            String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!JSON_TYPES.contains(mediaType) && !(mediaType.startsWith("application/")
                    && mediaType.endsWith("+json"))) {
                return new Refusing("Refused: content type '" + type + "' is not JSON");
            }
        }
        return new Limited(maxBytes);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean cgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocal6 || cgnat;
    }

    /** Cancels the body at once and fails with the reason: the body is never read. */
    private static final class Refusing implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final String reason;

        Refusing(String reason) {
            this.reason = reason;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.completeExceptionally(new OutboundFetchException(reason));
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.completeExceptionally(new OutboundFetchException(reason));
        }
    }

    /** Collects the body up to the limit; cancels and fails as soon as it would exceed it. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int max;
        private Flow.Subscription subscription;

        Limited(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : items) {
                if ((long) out.size() + buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new OutboundFetchException("Refused: the response is longer than "
                            + "the limit of " + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }

    /** Configuration of a guard; defaults: 3 s connect, 5 s read, 256 KiB, 3 same-host redirects, no private IPs. */
    public static final class Builder {
        private final HostAllowList allowList;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private int maxRedirects = 3;
        private boolean allowPrivateAddresses;

        private Builder(HostAllowList allowList) {
            this.allowList = Objects.requireNonNull(allowList, "allowList");
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /** The time-out for the response after connecting (headers and body). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout);
            return this;
        }

        public Builder maxBytes(int maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder maxRedirects(int maxRedirects) {
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative");
            }
            this.maxRedirects = maxRedirects;
            return this;
        }

        /** Whether allow-listed host names may resolve to internal addresses (off by default). */
        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        public OutboundFetchGuard build() {
            return new OutboundFetchGuard(this);
        }

        private static Duration positive(Duration d) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("A time-out must be positive");
            }
            return d;
        }
    }
}
