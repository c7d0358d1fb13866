package org.credstack.issuance.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.vc.loader.StaticContextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * A JSON-LD document loader for the independent verifier that never goes to the network: the context files credstack
 * bundles (the resources under {@code /jsonld/} of the verifiable-credentials jar, read here as plain files, not
 * through credstack's loader classes), plus the Multikey context from Iron's own bundle, which is only needed to read a
 * verification method of a DID document. Any other URL fails to load, so a credential that needs a context outside
 * this set cannot verify.
 */
final class BundledContextLoader implements DocumentLoader {

    static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

    /** Context URL to the file under /jsonld/ (the same table as the library's BundledContexts, kept apart). */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld"),
            Map.entry("https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-context-3.0.3.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-context-3.0.2.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-context-3.0.1.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-context.json"),
            Map.entry("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"),
            Map.entry("https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld"),
            Map.entry("https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-signature-2020-v1.jsonld"),
            Map.entry("https://credstack.org/ns/credstack/v1", "credstack-v1.jsonld"));

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString();
        String file = FILES.get(key);
        if (file != null) {
            return read(url, "/jsonld/" + file);
        }
        if (MULTIKEY_V1.equals(key)) {
            return StaticContextLoader.defaultValues().get(MULTIKEY_V1);
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not bundled (no network in this test): " + url);
    }

    private static Document read(URI url, String resource) throws JsonLdError {
        try (InputStream in = BundledContextLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Missing resource " + resource);
            }
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
