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
import java.util.Set;

/**
 * JSON-LD to canonical N-Quads (RDFC-1.0 with SHA-256) in safe mode: a document whose terms or types no context
 * defines is refused with {@link UndefinedTermException} instead of being silently reduced.
 *
 * <p>The reference path ({@link #canonicalizeReference}): expand (titanium, undefined-terms policy {@code Fail},
 * offline loader) → {@link SafeModeCheck} on the expanded form (relative type / id IRIs that toRdf would drop) →
 * toRdf of the expanded form → RDFC-1.0 (titanium-rdfc) → canonical N-Quads lines sorted in code point order, each
 * ending in a line feed.
 *
 * <p>The direct path, tried first by {@link #canonicalize} unless this is a {@link #reference} canonicalizer, gives
 * the same text faster: {@link DirectToRdf} (one walk over the document on contexts processed once, see
 * {@link ActiveContexts}), then {@link FirstDegreeRdfc} when every blank node's first-degree hash is unique, else
 * titanium-rdfc on those triples. Whatever the direct path does not handle (including every safe-mode violation) it
 * hands to the reference path, which then answers or refuses exactly as before. The two are held equal by a
 * property test over generated credentials.
 */
public final class RdfCanonicalizer {

    private static final RdfCanonicalizer BUNDLED = new RdfCanonicalizer(OfflineDocumentLoader.bundled());

    private final DocumentLoader loader;
    /** Null in reference mode. */
    private final ActiveContexts contexts;

    /** A canonicalizer with the direct path; its processed contexts live as long as it does (share it). */
    public RdfCanonicalizer(DocumentLoader loader) {
        this(loader, new ActiveContexts(loader));
    }

    private RdfCanonicalizer(DocumentLoader loader, ActiveContexts contexts) {
        this.loader = loader;
        this.contexts = contexts;
    }

    /** A canonicalizer that resolves the bundled contexts only. */
    public static RdfCanonicalizer bundled() {
        return BUNDLED;
    }

    /** A canonicalizer that always runs the full reference path (for tests and comparisons). */
    public static RdfCanonicalizer reference(DocumentLoader loader) {
        return new RdfCanonicalizer(loader, null);
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
        String direct = contexts == null ? null : canonicalizeDirect(document);
        return direct != null ? direct : canonicalizeReference(document);
    }

    /** The direct path alone: the canonical N-Quads, or null when the document is outside its subset. */
    String canonicalizeDirect(JsonObject document) {
        Set<Quad> quads = DirectToRdf.toRdf(contexts, document);
        if (quads == null) {
            return null;
        }
        List<String> lines = FirstDegreeRdfc.canonicalLines(quads);
        if (lines == null) {
            RdfCanon canon = RdfCanon.create("SHA-256");
            quads.forEach(q -> canon.quad(q.subject(), q.predicate(), q.object(), q.datatype(), null, null, null));
            lines = lines(canon);
        }
        return join(lines);
    }

    /** The full algorithm: titanium expansion, safe-mode check, toRdf and RDFC-1.0. */
    public String canonicalizeReference(JsonObject document) {
        JsonArray expanded = expand(document);
        RdfCanon canon = RdfCanon.create("SHA-256");
        try {
            JsonLd.toRdf(JsonDocument.of(expanded)).loader(loader).provide(canon);
        } catch (JsonLdError e) {
            throw translate(e);
        }
        return join(lines(canon));
    }

    private static List<String> lines(RdfCanon canon) {
        List<String> lines = new ArrayList<>();
        try {
            canon.provide((subject, predicate, object, datatype, language, direction, graph) -> {
                lines.add(NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, graph));
                return null;
            });
        } catch (RdfConsumerException e) {
            throw new JsonLdProcessingException("RDF canonicalization failed: " + e.getMessage(), e);
        }
        return lines;
    }

    /** Lines sorted in code point order, each ending in a line feed. */
    private static String join(List<String> lines) {
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
