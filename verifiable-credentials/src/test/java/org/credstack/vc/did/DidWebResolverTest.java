package org.credstack.vc.did;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.jwt.Jwk;
import org.credstack.vc.jwt.JwtKey;
import org.credstack.vc.jwt.JwtPublicKey;
import org.credstack.vc.jwt.JwtVerificationResult;
import org.credstack.vc.jwt.VcJwtSigner;
import org.credstack.vc.jwt.VcJwtVerifier;
import org.credstack.vc.multiformats.Multikey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** did:web resolution against a loopback server started by the test (127.0.0.1, ephemeral port). */
class DidWebResolverTest {

    static HttpServer server;
    static ExecutorService executor;
    static int port;
    static String did;
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final Map<String, Handler> ROUTES = new ConcurrentHashMap<>();

    static final Ed25519PrivateKey ED = Ed25519PrivateKey.generate();
    static final Ed25519PrivateKey AUTH_ONLY = Ed25519PrivateKey.generate();
    static KeyPair rsa;
    static KeyPair p256;

    interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
        rsaGen.initialize(2048);
        rsa = rsaGen.generateKeyPair();
        KeyPairGenerator ecGen = KeyPairGenerator.getInstance("EC");
        ecGen.initialize(new ECGenParameterSpec("secp256r1"));
        p256 = ecGen.generateKeyPair();

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            REQUESTS.incrementAndGet();
            Handler handler = ROUTES.get(exchange.getRequestURI().getPath());
            try (exchange) {
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.handle(exchange);
                }
            } catch (Exception e) {
                // the client went away (time-out and size tests): nothing to do
            }
        });
        server.start();
        port = server.getAddress().getPort();
        did = "did:web:127.0.0.1%3A" + port + ":issuers:acme";
        ROUTES.put("/issuers/acme/did.json", json(document(did)));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    static ObjectNode document(String id) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.putArray("@context").add("https://www.w3.org/ns/did/v1");
        doc.put("id", id);
        ArrayNode methods = doc.putArray("verificationMethod");
        methods.addObject().put("id", id + "#ed-1").put("type", "Multikey").put("controller", id)
                .put("publicKeyMultibase", Multikey.encode(ED.publicKey()));
        methods.addObject().put("id", "#rsa-1").put("type", "JsonWebKey").put("controller", id)
                .set("publicKeyJwk", Jwk.of(JwtPublicKey.of(rsa.getPublic())));
        methods.addObject().put("id", id + "#p256-1").put("type", "JsonWebKey").put("controller", id)
                .set("publicKeyJwk", Jwk.of(JwtPublicKey.of(p256.getPublic())));
        methods.addObject().put("id", id + "#okp-1").put("type", "JsonWebKey2020").put("controller", id)
                .set("publicKeyJwk", Jwk.of(JwtPublicKey.of(ED.publicKey())));
        methods.addObject().put("id", id + "#auth-1").put("type", "Multikey").put("controller", id)
                .put("publicKeyMultibase", Multikey.encode(AUTH_ONLY.publicKey()));
        doc.putArray("assertionMethod").add(id + "#ed-1").add("#rsa-1").add(id + "#p256-1").add(id + "#okp-1");
        doc.putArray("authentication").add(id + "#auth-1");
        return doc;
    }

    static Handler json(ObjectNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/did+json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    static OutboundFetchGuard.Builder guard(String... allowed) {
        return OutboundFetchGuard.builder(HostAllowList.of(allowed))
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofMillis(800));
    }

    static DidWebResolver resolver() {
        return new DidWebResolver(guard("127.0.0.1").build());
    }

    static KeyResolutionException refused(DidWebResolver resolver, String didUrl, String messagePart) {
        KeyResolutionException e = assertThrows(KeyResolutionException.class,
                () -> resolver.resolve(didUrl, "assertionMethod"));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage() + " should mention " + messagePart);
        return e;
    }

    @Test
    void resolvesMultikeyForDataIntegrity() throws Exception {
        assertEquals(ED.publicKey(), resolver().resolve(did + "#ed-1", "assertionMethod"));
        assertEquals(ED.publicKey(), resolver().resolve(did + "#okp-1", "assertionMethod"));
    }

    @Test
    void resolvesJsonWebKeysForJwt() throws Exception {
        DidWebResolver resolver = resolver();
        assertEquals(JwtPublicKey.of(rsa.getPublic()), resolver.resolveJwtKey(did + "#rsa-1"));
        assertEquals(JwtPublicKey.of(p256.getPublic()), resolver.resolveJwtKey(did + "#p256-1"));
        assertEquals(JwtPublicKey.of(ED.publicKey()), resolver.resolveJwtKey(did + "#okp-1"));
        refused(resolver, did + "#rsa-1", "not Ed25519");
    }

    @Test
    void vcJwtSignedWithDidWebKeysVerifies() {
        DidJwtKeyResolver keys = new DidJwtKeyResolver(resolver());
        ObjectNode credential = org.credstack.vc.jwt.VcJwtTestSupport.credential(did);
        for (JwtKey key : new JwtKey[] {JwtKey.rs256(did + "#rsa-1", rsa.getPrivate()),
                JwtKey.eddsa(did + "#ed-1", ED)}) {
            String jwt = VcJwtSigner.sign(credential, key);
            JwtVerificationResult result = new VcJwtVerifier(Clock.systemUTC()).verify(jwt, keys);
            assertTrue(result.valid(), result.toString());
        }
        String jwt = VcJwtSigner.sign(credential, JwtKey.eddsa(did + "#auth-1", AUTH_ONLY));
        JwtVerificationResult result = new VcJwtVerifier(Clock.systemUTC()).verify(jwt, keys);
        assertTrue(!result.valid() && result.check("key").orElseThrow().detail().contains("assertionMethod"),
                result.toString());
    }

    @Test
    void methodNotInAssertionMethodIsRefused() throws Exception {
        refused(resolver(), did + "#auth-1", "not listed in assertionMethod");
        assertEquals(AUTH_ONLY.publicKey(), resolver().resolve(did + "#auth-1", "authentication"));
        refused(resolver(), did + "#nope", "has no verification method");
    }

    @Test
    void hostNotOnTheAllowListIsRefusedWithoutConnecting() {
        int before = REQUESTS.get();
        DidWebResolver resolver = new DidWebResolver(guard("university.example", "localhost").build());
        refused(resolver, did + "#ed-1", "not on the outbound allow-list");
        DidWebResolver otherPort = new DidWebResolver(guard("127.0.0.1:" + (port == 1 ? 2 : port - 1)).build());
        refused(otherPort, did + "#ed-1", "not on the outbound allow-list");
        assertEquals(before, REQUESTS.get(), "no request reached the server");
    }

    @Test
    void plainHttpIsNotUsedWhenTurnedOff() {
        int before = REQUESTS.get();
        // https to the plain-http server fails; http to a non-loopback host is refused by the guard
        assertThrows(KeyResolutionException.class,
                () -> new DidWebResolver(guard("127.0.0.1").build(), false).resolve(did + "#ed-1", "assertionMethod"));
        OutboundFetchException e = assertThrows(OutboundFetchException.class,
                () -> guard("university.example").build().fetchJson(java.net.URI.create("http://university.example/")));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertTrue(REQUESTS.get() - before <= 1);
    }

    @Test
    void responseOverTheSizeLimitIsRefused() {
        String bigDid = "did:web:127.0.0.1%3A" + port + ":big";
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        ROUTES.put("/big/did.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, big.length);
            exchange.getResponseBody().write(big);
        });
        refused(resolver(), bigDid + "#ed-1", "over the limit of 262144");

        String chunkedDid = "did:web:127.0.0.1%3A" + port + ":chunked";
        ROUTES.put("/chunked/did.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 100; i++) {
                out.write(new byte[8192]);
            }
        });
        refused(resolver(), chunkedDid + "#ed-1", "longer than the limit");
    }

    @Test
    void slowServerHitsTheTimeout() {
        String slowDid = "did:web:127.0.0.1%3A" + port + ":slow";
        ROUTES.put("/slow/did.json", exchange -> Thread.sleep(5_000));
        long start = System.nanoTime();
        refused(resolver(), slowDid + "#ed-1", "Timed out");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 4_000, "gave up after " + millis + " ms");

        String dripDid = "did:web:127.0.0.1%3A" + port + ":drip";
        ROUTES.put("/drip/did.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 50; i++) {
                exchange.getResponseBody().write(' ');
                exchange.getResponseBody().flush();
                Thread.sleep(100);
            }
        });
        refused(resolver(), dripDid + "#ed-1", "Timed out");
    }

    @Test
    void redirectToAnotherHostIsRefused() throws Exception {
        String movedDid = "did:web:127.0.0.1%3A" + port + ":moved";
        ROUTES.put("/moved/did.json", redirect("http://localhost:" + port + "/issuers/acme/did.json"));
        refused(resolver(), movedDid + "#ed-1", "redirect from 127.0.0.1 to another host");

        String sameHostDid = "did:web:127.0.0.1%3A" + port + ":same";
        ObjectNode sameDoc = document(sameHostDid);
        ROUTES.put("/same/did.json", redirect("/same/v2/did.json"));
        ROUTES.put("/same/v2/did.json", json(sameDoc));
        assertEquals(ED.publicKey(), resolver().resolve(sameHostDid + "#ed-1", "assertionMethod"));
    }

    @Test
    void nonJsonAndWrongDocumentsAreRefused() {
        String htmlDid = "did:web:127.0.0.1%3A" + port + ":html";
        ROUTES.put("/html/did.json", exchange -> {
            byte[] body = "<html></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        refused(resolver(), htmlDid + "#ed-1", "is not JSON");

        String otherDid = "did:web:127.0.0.1%3A" + port + ":other";
        ROUTES.put("/other/did.json", json(document("did:web:university.example")));
        refused(resolver(), otherDid + "#ed-1", "not " + otherDid);

        refused(resolver(), "did:web:127.0.0.1%3A" + port + ":missing#ed-1", "HTTP 404");
    }

    static Handler redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }

}
