package org.credstack.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpRequestScenarioTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void placeholdersAreSubstitutedPerRequestInUrlHeadersAndBody(@TempDir Path dir) throws Exception {
        Path bodyFile = dir.resolve("body.json");
        Files.writeString(bodyFile, "{\"n\": {{n}}, \"id\": \"{{uuid}}\", \"keep\": \"{{other}}\"}");
        try (TestServer server = new TestServer(r -> 201)) {
            Scenario s = HttpRequestScenario.builder(server.url("/credentials?n={{n}}"))
                    .method("POST")
                    .header("Idempotency-Key: {{uuid}}")
                    .header("X-Seq", "seq-{{n}}")
                    .bodyFile(bodyFile)
                    .expect("201")
                    .build();

            RunResult result = new LoadGenerator(LoadConfig.concurrency(1).withRequests(5))
                    .run(s, BenchContext.create());

            assertEquals(5, result.successes());
            List<TestServer.Request> requests = server.requests();
            assertEquals(5, requests.size());
            Set<String> uuids = new HashSet<>();
            Set<Integer> indices = new HashSet<>();
            for (TestServer.Request r : requests) {
                int n = TestServer.queryInt(r, "n");
                indices.add(n);
                assertEquals("POST", r.method());
                assertEquals("seq-" + n, r.header("X-Seq"));
                assertEquals("application/json", r.header("Content-Type"), "default content type with a body");
                String key = r.header("Idempotency-Key");
                assertTrue(UUID.matcher(key).matches(), key);
                assertEquals("{\"n\": " + n + ", \"id\": \"" + key + "\", \"keep\": \"{{other}}\"}", r.body(),
                        "same uuid in header and body of one request; unknown placeholders kept");
                uuids.add(key);
            }
            assertEquals(Set.of(0, 1, 2, 3, 4), indices);
            assertEquals(5, uuids.size(), "a fresh uuid per request");
        }
    }

    @Test
    void explicitContentTypeIsKept() {
        HttpRequestScenario s = HttpRequestScenario.builder("http://127.0.0.1:1/x")
                .header("Content-Type", "text/plain").body("hi").method("PUT").build();
        var request = s.request(0, Duration.ofSeconds(1));
        assertEquals(List.of("text/plain"), request.headers().allValues("Content-Type"));
        assertEquals("PUT", request.method());
    }

    @Test
    void badDefinitionsAreRejectedUpFront() {
        assertThrows(IllegalArgumentException.class, () -> HttpRequestScenario.builder("ftp://host/x").build());
        assertThrows(IllegalArgumentException.class, () -> HttpRequestScenario.builder("not a url").build());
        assertThrows(IllegalArgumentException.class, () -> HttpRequestScenario.builder("/relative").build());
        assertThrows(IllegalArgumentException.class,
                () -> HttpRequestScenario.builder("http://127.0.0.1/").header("no colon"));
        assertThrows(IllegalArgumentException.class,
                () -> HttpRequestScenario.builder("http://127.0.0.1/").header("Host", "x").build());
        assertThrows(IllegalArgumentException.class,
                () -> HttpRequestScenario.builder("http://127.0.0.1/").method("GE T").build());
    }

    @Test
    void templateRendering() {
        Template t = Template.of("a{{n}}b{{uuid}}c{{n}}{{x}}");
        assertFalse(t.isConstant());
        assertTrue(t.usesUuid());
        assertEquals("a7bUc7{{x}}", t.render(7, "U"));
        assertTrue(Template.of("plain {{ n }}").isConstant());
        assertEquals("plain {{ n }}", Template.of("plain {{ n }}").render(1, "U"));
    }

    @Test
    void expectedStatusParsing() {
        ExpectedStatus e = ExpectedStatus.parse("200,201, 4xx ,500-502");
        assertTrue(e.matches(200));
        assertTrue(e.matches(201));
        assertFalse(e.matches(202));
        assertTrue(e.matches(404));
        assertTrue(e.matches(501));
        assertFalse(e.matches(503));
        assertTrue(ExpectedStatus.SUCCESS.matches(204));
        assertFalse(ExpectedStatus.SUCCESS.matches(302));
        for (String bad : new String[]{"", "abc", "99", "600", "300-200", "6xx"}) {
            assertThrows(IllegalArgumentException.class, () -> ExpectedStatus.parse(bad), bad);
        }
    }

    @Test
    void uuidPatternSanity() {
        Matcher m = UUID.matcher(java.util.UUID.randomUUID().toString());
        assertTrue(m.matches());
    }
}
