package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Titanium's processed JSON-LD contexts, kept for reuse by {@link DirectToRdf}: the context of each distinct
 * document-level {@code @context} value, and every context derived from one by a property-scoped or type-scoped
 * context. Processing the VC 2.0 and OB 3.0 contexts (and their scoped contexts at every typed node) was about half
 * of the cost of signing a credential; the result depends only on the bundled, immutable context documents and on
 * the derivation, so it is computed once per derivation instead of once per node of every document.
 *
 * <p>The derivations are titanium's own ({@code ActiveContextBuilder} with the flags its expansion uses), so term
 * definitions, protection and propagation are exactly what the reference path sees. A built {@code ActiveContext}
 * is never modified afterwards (the builder copies), so the cached ones are shared between threads. The runtime has
 * no titanium context or document cache: those are not thread-safe, and the loader serves parsed documents anyway.
 * The maps are bounded (a verifier sees documents from anywhere): past the bound a context is computed each time
 * instead of stored, which is still correct. Only {@code @context} values made of URLs are taken (see
 * {@link DirectToRdf}), and the loader resolves bundled URLs only, so the roots are combinations of those.
 */
final class ActiveContexts {

    private static final int MAX_ROOTS = 64;
    private static final int MAX_DERIVED = 1024;
    private static final int MAX_IRIS = 4096;

    private final ProcessingRuntime runtime;
    private final Map<JsonValue, ActiveContext> roots = new ConcurrentHashMap<>();
    private final Map<Derived, ActiveContext> derived = new ConcurrentHashMap<>();
    private final Map<String, Boolean> contextIris = new ConcurrentHashMap<>();

    ActiveContexts(DocumentLoader loader) {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        options.setContextCache(null);
        options.setDocumentCache(null);
        this.runtime = ProcessingRuntime.of(options);
    }

    /** The active context of a top-level document whose {@code @context} entry is {@code context} (no base IRI). */
    ActiveContext root(JsonValue context) throws JsonLdError {
        return cached(roots, MAX_ROOTS, context,
                () -> new ActiveContext(null, null, runtime).newContext().create(context, null));
    }

    /** Expansion step 8 for a node object: the property's scoped context over {@code base}, overriding protection. */
    ActiveContext forNodeValue(ActiveContext base, ActiveContext definedIn, String property) throws JsonLdError {
        Derived key = new Derived(base, definedIn, property, Kind.NODE_PROPERTY);
        return cached(derived, MAX_DERIVED, key, () -> base.newContext().overrideProtected(true)
                .create(localContext(definedIn, property), baseUrl(base, property)));
    }

    /** Scalar expansion: the property's scoped context over {@code base}, without overriding protection. */
    ActiveContext forScalarValue(ActiveContext base, String property) throws JsonLdError {
        Derived key = new Derived(base, base, property, Kind.SCALAR_PROPERTY);
        return cached(derived, MAX_DERIVED, key, () -> base.newContext()
                .create(localContext(base, property), baseUrl(base, property)));
    }

    /** Expansion step 11: the type's scoped context (from {@code typeContext}) over {@code base}, not propagated. */
    ActiveContext forType(ActiveContext base, ActiveContext typeContext, String type) throws JsonLdError {
        Derived key = new Derived(base, typeContext, type, Kind.TYPE);
        return cached(derived, MAX_DERIVED, key, () -> base.newContext().propagate(false)
                .create(localContext(typeContext, type), baseUrl(base, type)));
    }

    /**
     * Whether toRdf keeps this IRI and safe mode accepts it ({@link SafeModeCheck#isAbsoluteIri}, a {@link URI} parse).
     * Memoized: meant for IRIs that come from contexts (properties, types, datatypes), which repeat in every document.
     */
    boolean isContextIri(String iri) {
        Boolean known = contextIris.get(iri);
        if (known == null) {
            known = isAbsoluteIri(iri);
            if (contextIris.size() < MAX_IRIS) {
                contextIris.put(iri, known);
            }
        }
        return known;
    }

    /** Not memoized: for IRIs taken from document values (ids), which mostly differ from document to document. */
    static boolean isAbsoluteIri(String iri) {
        return !iri.startsWith("_:") && SafeModeCheck.isAbsoluteIri(iri);
    }

    private static <K> ActiveContext cached(Map<K, ActiveContext> cache, int bound, K key, Derivation derivation)
            throws JsonLdError {
        ActiveContext context = cache.get(key);
        if (context == null) {
            context = derivation.derive();
            if (cache.size() < bound) {
                ActiveContext raced = cache.putIfAbsent(key, context);
                context = raced == null ? context : raced;
            }
        }
        return context;
    }

    private static JsonValue localContext(ActiveContext context, String term) {
        return context.getTerm(term).map(TermDefinition::getLocalContext).orElseThrow();
    }

    private static URI baseUrl(ActiveContext context, String term) {
        return context.getTerm(term).map(TermDefinition::getBaseUrl).orElse(null);
    }

    @FunctionalInterface
    private interface Derivation {
        ActiveContext derive() throws JsonLdError;
    }

    private enum Kind { NODE_PROPERTY, SCALAR_PROPERTY, TYPE }

    /** ActiveContext does not override equals: contexts are compared by identity, which the cache makes stable. */
    private record Derived(ActiveContext base, ActiveContext definedIn, String name, Kind kind) {
    }
}
