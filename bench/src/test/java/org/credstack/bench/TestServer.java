package org.credstack.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/** In-test HTTP server on 127.0.0.1:0 that records every request and answers with a status chosen per request. */
final class TestServer implements AutoCloseable {

    record Request(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    TestServer(ToIntFunction<Request> status) throws IOException {
        this(status, 0);
    }

    TestServer(ToIntFunction<Request> status, long delayMillis) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // no 40 ms Nagle/delayed-ACK stalls
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, status, delayMillis));
        server.start();
    }

    private void handle(HttpExchange exchange, ToIntFunction<Request> status, long delayMillis) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request r = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(r);
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            byte[] out = "{}".getBytes(StandardCharsets.UTF_8);
            // a request stops being in flight here: once the response is out, the client may send its next one
            // before this handler returns, and must not be counted twice
            inFlight.decrementAndGet();
            counted = false;
            exchange.sendResponseHeaders(status.applyAsInt(r), out.length);
            exchange.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Query parameter {@code name} of a request URI, as an int. */
    static int queryInt(Request r, String name) {
        String q = r.uri().substring(r.uri().indexOf('?') + 1);
        for (String kv : q.split("&")) {
            if (kv.startsWith(name + "=")) {
                return Integer.parseInt(kv.substring(name.length() + 1));
            }
        }
        throw new IllegalArgumentException("no " + name + " in " + r.uri());
    }
}
