package org.credstack.issuance.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.DocumentError.ErrorType;
import com.apicatalog.ld.signature.VerificationMethod;
import com.apicatalog.vc.method.resolver.MethodResolver;
import com.apicatalog.vc.proof.Proof;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A did:web resolver for the test, on loopback only. It follows the did:web "Read (Resolve)" steps
 * ({@code did:web:localhost%3A8081:issuers:abc} to {@code http://localhost:8081/issuers/abc/did.json}, http being
 * allowed for a loopback host only) and then fetches that path from the running test service: in tests the service
 * listens on a random port while its DIDs name the configured public base URL, so the origin is the service's and the
 * path is the DID's. The document is read as plain JSON (application/did+json, DID Core) and must name the DID as its
 * {@code id}; a verification method is looked up by its DID URL and must be listed in {@code assertionMethod}.
 */
final class LoopbackDidWebResolver {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final URI service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param service the origin of the running test service, e.g. {@code http://localhost:41234} */
    LoopbackDidWebResolver(URI service) {
        if (!LOOPBACK.contains(service.getHost())) {
            throw new IllegalArgumentException("Loopback only: " + service);
        }
        this.service = service;
    }

    /** The URL did:web resolution yields for the DID (before the origin is replaced by the test service's). */
    static URI didWebUrl(String did) {
        if (!did.startsWith("did:web:")) {
            throw new IllegalArgumentException("Not a did:web DID: " + did);
        }
        String[] parts = did.substring("did:web:".length()).split(":");
        String authority = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        String host = authority.startsWith("[") ? authority.substring(0, authority.indexOf(']') + 1)
                : authority.split(":")[0];
        if (!LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("This resolver only resolves loopback hosts: " + did);
        }
        String path = parts.length == 1 ? "/.well-known"
                : "/" + Arrays.stream(parts, 1, parts.length)
                        .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).collect(Collectors.joining("/"));
        return URI.create("http://" + authority + path + "/did.json");
    }

    /** Fetches and checks the DID document of a DID. */
    JsonObject resolve(String did) {
        URI url = service.resolve(didWebUrl(did).getRawPath());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url)
                    .header("Accept", "application/did+json").timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
            if (!did.equals(document.getString("id", null))) {
                throw new IllegalStateException("The DID document at " + url + " is not the document of " + did);
            }
            return document;
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The verification method with this DID URL, if its DID document lists it in assertionMethod. */
    Optional<JsonObject> assertionMethod(String didUrl) {
        int hash = didUrl.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String did = didUrl.substring(0, hash);
        JsonObject document = resolve(did);
        boolean asserts = document.getJsonArray("assertionMethod").stream()
                .anyMatch(m -> m instanceof JsonString s && didUrl.equals(s.getString()));
        if (!asserts) {
            return Optional.empty();
        }
        return document.getJsonArray("verificationMethod").stream().map(JsonValue::asJsonObject)
                .filter(m -> didUrl.equals(m.getString("id", null)) && did.equals(m.getString("controller", null)))
                .findFirst();
    }

    /**
     * This resolver as an Iron method resolver: the method found in the DID document is read by the proof's own
     * suite (Iron's Multikey adapter, which decodes the multibase key and checks its multicodec and length).
     */
    MethodResolver forIron(DocumentLoader loader) {
        return new MethodResolver() {
            @Override
            public boolean isAccepted(URI id) {
                return id.toString().startsWith("did:web:");
            }

            @Override
            public VerificationMethod resolve(URI id, DocumentLoader ignored, Proof proof) throws DocumentError {
                JsonObject method = assertionMethod(id.toString())
                        .orElseThrow(() -> new DocumentError(ErrorType.Unknown, "ProofVerificationMethod"));
                JsonObject withContext = Json.createObjectBuilder(method)
                        .add("@context", BundledContextLoader.MULTIKEY_V1).build();
                try {
                    JsonArray expanded = JsonLd.expand(JsonDocument.of(withContext)).loader(loader).get();
                    if (expanded.size() != 1) {
                        throw new DocumentError(ErrorType.Invalid, "ProofVerificationMethod");
                    }
                    return proof.methodProcessor().read(expanded.getJsonObject(0));
                } catch (JsonLdError e) {
                    throw new DocumentError(e, ErrorType.Invalid, "ProofVerificationMethod");
                }
            }
        };
    }
}
