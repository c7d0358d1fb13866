package org.credstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One HTTP request per operation. URL, header values and body may hold {@code {{n}}} and {@code {{uuid}}}
 * placeholders ({@link Template}), filled in for each request. The response body is read and discarded; a
 * status outside the expected ones throws {@link UnexpectedStatusException} (counted as {@code HTTP <status>}).
 *
 * <pre>{@code
 * Scenario s = HttpRequestScenario.builder("http://127.0.0.1:8080/credentials")
 *         .method("POST")
 *         .header("Content-Type", "application/json")
 *         .header("Idempotency-Key", "{{uuid}}")
 *         .body("{\"n\": {{n}}}")
 *         .expect("201")
 *         .build();
 * }</pre>
 */
public final class HttpRequestScenario implements Scenario {

    private record Header(String name, Template value) {
    }

    private final String name;
    private final String method;
    private final Template url;
    private final List<Header> headers;
    private final Template body;
    private final ExpectedStatus expected;
    private final boolean usesUuid;

    private HttpRequestScenario(Builder b) {
        this.name = b.name != null ? b.name : "http " + b.method + " " + b.url;
        this.method = b.method;
        this.url = Template.of(b.url);
        List<Header> hs = new ArrayList<>();
        b.headers.forEach(h -> hs.add(new Header(h[0], Template.of(h[1]))));
        this.headers = List.copyOf(hs);
        this.body = b.body == null ? null : Template.of(b.body);
        this.expected = b.expected;
        this.usesUuid = url.usesUuid() || (body != null && body.usesUuid())
                || headers.stream().anyMatch(h -> h.value.usesUuid());
    }

    public static Builder builder(String url) {
        return new Builder(url);
    }

    @Override
    public String name() {
        return name;
    }

    public String method() {
        return method;
    }

    public ExpectedStatus expected() {
        return expected;
    }

    /** The request operation {@code index} would send (placeholders filled in). */
    public HttpRequest request(long index, java.time.Duration timeout) {
        String uuid = usesUuid ? UUID.randomUUID().toString() : null;
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url.render(index, uuid)));
        if (timeout != null) {
            rb.timeout(timeout);
        }
        for (Header h : headers) {
            rb.header(h.name, h.value.render(index, uuid));
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.render(index, uuid), StandardCharsets.UTF_8);
        return rb.method(method, publisher).build();
    }

    @Override
    public void execute(BenchContext ctx, long operationIndex) throws Exception {
        HttpResponse<Void> response = ctx.http().send(request(operationIndex, ctx.requestTimeout()),
                HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (!expected.matches(status)) {
            throw new UnexpectedStatusException(status);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builder; {@link #build()} checks everything and throws {@link IllegalArgumentException} with a clear message. */
    public static final class Builder {
        private final String url;
        private String name;
        private String method = "GET";
        private final List<String[]> headers = new ArrayList<>();
        private String body;
        private ExpectedStatus expected = ExpectedStatus.SUCCESS;

        private Builder(String url) {
            this.url = Objects.requireNonNull(url, "url");
        }

        /** Scenario name for reports; default {@code http METHOD URL}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method").trim().toUpperCase(Locale.ROOT);
            return this;
        }

        public Builder header(String name, String value) {
            headers.add(new String[]{Objects.requireNonNull(name, "header name").trim(),
                    Objects.requireNonNull(value, "header value").trim()});
            return this;
        }

        /** A header given as {@code "Name: value"}. */
        public Builder header(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("header must look like 'Name: value', got '" + line + "'");
            }
            return header(line.substring(0, colon), line.substring(colon + 1));
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** Body read from a UTF-8 text file (placeholders are substituted in it too). */
        public Builder bodyFile(Path file) throws IOException {
            this.body = Files.readString(file, StandardCharsets.UTF_8);
            return this;
        }

        public Builder expect(ExpectedStatus expected) {
            this.expected = Objects.requireNonNull(expected, "expected");
            return this;
        }

        /** e.g. {@code "200,201"}, {@code "2xx"}, {@code "200-299,404"}. */
        public Builder expect(String spec) {
            return expect(ExpectedStatus.parse(spec));
        }

        public HttpRequestScenario build() {
            if (method.isEmpty() || !method.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                throw new IllegalArgumentException("invalid HTTP method '" + method + "'");
            }
            String sample = Template.of(url).render(0, "00000000-0000-0000-0000-000000000000");
            URI uri;
            try {
                uri = URI.create(sample);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid URL '" + url + "': " + e.getMessage());
            }
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("URL must be absolute http(s)://host..., got '" + url + "'");
            }
            boolean hasContentType = headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Content-Type"));
            if (body != null && !hasContentType) {
                headers.add(new String[]{"Content-Type", "application/json"});
            }
            HttpRequestScenario scenario = new HttpRequestScenario(this);
            try {
                scenario.request(0, null); // rejects restricted or malformed headers now, not on every request
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid request: " + e.getMessage());
            }
            return scenario;
        }
    }
}
