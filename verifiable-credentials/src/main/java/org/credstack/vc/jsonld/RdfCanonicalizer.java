package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-LD to canonical N-Quads (RDFC-1.0 with SHA-256) in safe mode: a document whose terms or types no context
 * defines is refused with {@link UndefinedTermException} instead of being silently reduced.
 *
 * <p>Steps: expand (titanium, undefined-terms policy {@code Fail}, offline loader) → {@link SafeModeCheck} on the
 * expanded form (relative type / id IRIs that toRdf would drop) → toRdf of the expanded form → RDFC-1.0 (titanium-
 * rdfc) → canonical N-Quads lines sorted in code point order, each ending in a line feed.
 */
public final class RdfCanonicalizer {

    private static final RdfCanonicalizer BUNDLED = new RdfCanonicalizer(OfflineDocumentLoader.bundled());

    private final DocumentLoader loader;

    public RdfCanonicalizer(DocumentLoader loader) {
        this.loader = loader;
    }

    /** A canonicalizer that resolves the bundled contexts only. */
    public static RdfCanonicalizer bundled() {
        return BUNDLED;
    }

    /** Expanded JSON-LD of the document, in safe mode. */
    public JsonArray expand(JsonObject document) {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        JsonArray expanded;
        try {
            expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
        } catch (JsonLdError e) {
            throw translate(e);
        }
        SafeModeCheck.check(expanded);
        return expanded;
    }

    /** The canonical N-Quads (RDFC-1.0) of the document, in safe mode. */
    public String canonicalize(JsonObject document) {
        JsonArray expanded = expand(document);
        RdfCanon canon = RdfCanon.create("SHA-256");
        List<String> lines = new ArrayList<>();
        try {
            JsonLd.toRdf(JsonDocument.of(expanded)).loader(loader).provide(canon);
            canon.provide((subject, predicate, object, datatype, language, direction, graph) -> {
                lines.add(NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, graph));
                return null;
            });
        } catch (JsonLdError e) {
            throw translate(e);
        } catch (RdfConsumerException e) {
            throw new JsonLdProcessingException("RDF canonicalization failed: " + e.getMessage(), e);
        }
        lines.sort(RdfCanonicalizer::compareCodePoints);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line);
            if (!line.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static JsonLdProcessingException translate(JsonLdError e) {
        if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
            return new UndefinedTermException(SafeModeCheck.termFromMessage(e.getMessage()), null);
        }
        StringBuilder message = new StringBuilder("JSON-LD processing failed: ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause instanceof JsonLdError ? ((JsonLdError) cause).getMessage()
                    : cause.toString());
        }
        return new JsonLdProcessingException(message.toString(), e);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
