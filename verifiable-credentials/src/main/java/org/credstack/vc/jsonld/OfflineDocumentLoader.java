package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON-LD document loader that never touches the network: it serves the {@link BundledContexts} and any
 * contexts given to it, and fails with an error naming the URL for anything else.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

    private static final OfflineDocumentLoader BUNDLED = new OfflineDocumentLoader(Map.of());

    private final Map<String, JsonDocument> extra;

    private OfflineDocumentLoader(Map<String, JsonDocument> extra) {
        this.extra = extra;
    }

    /** A loader for the bundled contexts only. */
    public static OfflineDocumentLoader bundled() {
        return BUNDLED;
    }

    /** A loader for the bundled contexts plus the given ones (URL → context document). */
    public static OfflineDocumentLoader withExtra(Map<String, JsonObject> contexts) {
        Map<String, JsonDocument> documents = new HashMap<>();
        contexts.forEach((url, json) -> {
            JsonDocument document = JsonDocument.of(json);
            document.setDocumentUrl(URI.create(url));
            documents.put(url, document);
        });
        return new OfflineDocumentLoader(Map.copyOf(documents));
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString();
        Document document = extra.get(key);
        if (document == null) {
            document = BundledContexts.get(key);
        }
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "JSON-LD context not bundled (the loader never fetches over the network): " + key);
        }
        return document;
    }
}
