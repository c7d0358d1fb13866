package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD contexts shipped with this library (under {@code src/main/resources/jsonld/}), by the URL they are
 * published under. Each file is parsed once and shared (Jakarta JSON values are immutable).
 */
public final class BundledContexts {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";
    public static final String CREDENTIALS_EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";
    public static final String OB_V3P0_3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_V3P0_3_0_2 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json";
    public static final String OB_V3P0_3_0_1 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json";
    public static final String OB_V3P0_ALIAS = "https://purl.imsglobal.org/spec/ob/v3p0/context.json";
    public static final String DATA_INTEGRITY_V1 = "https://w3id.org/security/data-integrity/v1";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String ED25519_2020_V1 = "https://w3id.org/security/suites/ed25519-2020/v1";
    /** The credstack context for the EU micro-credential terms that OB 3.0 does not define. */
    public static final String CREDSTACK_V1 = "https://credstack.org/ns/credstack/v1";
    /** The vocabulary IRI of the credstack terms. */
    public static final String CREDSTACK_VOCAB = "https://credstack.org/ns/credstack#";

    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry(CREDENTIALS_V2, "credentials-v2.jsonld"),
            Map.entry(CREDENTIALS_V1, "credentials-v1.jsonld"),
            Map.entry(CREDENTIALS_EXAMPLES_V2, "credentials-examples-v2.jsonld"),
            Map.entry(OB_V3P0_3_0_3, "ob-context-3.0.3.json"),
            Map.entry(OB_V3P0_3_0_2, "ob-context-3.0.2.json"),
            Map.entry(OB_V3P0_3_0_1, "ob-context-3.0.1.json"),
            Map.entry(OB_V3P0_ALIAS, "ob-context.json"),
            Map.entry(DATA_INTEGRITY_V1, "data-integrity-v1.jsonld"),
            Map.entry(DATA_INTEGRITY_V2, "data-integrity-v2.jsonld"),
            Map.entry(ED25519_2020_V1, "ed25519-signature-2020-v1.jsonld"),
            Map.entry(CREDSTACK_V1, "credstack-v1.jsonld"));

    private static final Map<String, JsonDocument> CACHE = new ConcurrentHashMap<>();

    private BundledContexts() {
    }

    public static Set<String> urls() {
        return RESOURCES.keySet();
    }

    public static boolean contains(String url) {
        return RESOURCES.containsKey(url);
    }

    /** The parsed context document for a bundled URL, or null when the URL is not bundled. */
    public static JsonDocument get(String url) {
        String resource = RESOURCES.get(url);
        return resource == null ? null : CACHE.computeIfAbsent(url, u -> load(u, resource));
    }

    /** The raw bytes of a bundled context (for serving it, e.g. the credstack context at its public URL). */
    public static InputStream open(String url) {
        String resource = RESOURCES.get(url);
        if (resource == null) {
            throw new IllegalArgumentException("JSON-LD context not bundled: " + url);
        }
        return BundledContexts.class.getResourceAsStream("/jsonld/" + resource);
    }

    private static JsonDocument load(String url, String resource) {
        try (InputStream in = open(url)) {
            if (in == null) {
                throw new IllegalStateException("Bundled context resource missing: /jsonld/" + resource);
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Bundled context " + resource + " is not valid JSON", e);
        }
    }
}
