package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON-LD to RDF in one walk over the compact document, for the subset of JSON-LD that credentials use: the
 * JSON-LD 1.1 expansion algorithm (steps 7 to 13 for node objects, scalar and value expansion) fused with the
 * deserialization to RDF, on titanium's cached {@link ActiveContexts}. No expanded document, no node map.
 *
 * <p>Anything outside the subset throws {@link Outside} and the caller runs the reference path instead, which then
 * decides (and, in safe mode, refuses). Outside the subset: a top-level {@code @context} other than URLs, a keyword
 * used as a key (other than that {@code @context}), a nested {@code @context}, a key that is not a term (compact
 * IRIs and absolute IRIs as keys; undefined terms without a vocabulary mapping: safe mode errors), value / list /
 * set objects, nested arrays, {@code @json}, {@code @graph} / {@code @index} / {@code @language} / {@code @id} /
 * {@code @type} containers, reverse and nested properties, language or direction on strings, blank node
 * identifiers in the document, and any IRI that is not already absolute by titanium's own check (what titanium
 * would drop or resolve, this path refuses).
 */
final class DirectToRdf {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDF_TYPE = RDF + "type";
    private static final String RDF_FIRST = RDF + "first";
    private static final String RDF_REST = RDF + "rest";
    private static final String RDF_NIL = RDF + "nil";

    private final ActiveContexts contexts;
    private final ScalarToRdf scalars;
    private final Set<Quad> quads = new LinkedHashSet<>();
    private int blankNodes;

    private DirectToRdf(ActiveContexts contexts) {
        this.contexts = contexts;
        this.scalars = new ScalarToRdf(contexts);
    }

    /** The RDF dataset of the document (a set: duplicate triples merged), or null when it is outside the subset. */
    static Set<Quad> toRdf(ActiveContexts contexts, JsonObject document) {
        JsonValue context = document.get("@context");
        if (!isUrls(context)) {
            return null;
        }
        DirectToRdf direct = new DirectToRdf(contexts);
        try {
            direct.node(contexts.root(context), null, document, true);
        } catch (Outside | JsonLdError e) {
            return null;
        }
        return direct.quads;
    }

    /** A node object: its triples are added; answers its subject (its IRI, or a fresh blank node). */
    private String node(ActiveContext active, String property, JsonObject element, boolean top)
            throws Outside, JsonLdError {
        ActiveContext context = active;
        if (context.getPreviousContext() != null && reverts(context, element)) {
            context = context.getPreviousContext();
        }
        if (property != null && hasLocalContext(active, property)) {
            context = contexts.forNodeValue(context, active, property);
        }
        String typeKey = keyMappedTo(context, element, "@type", top);
        List<String> types = typeKey == null ? List.of() : strings(element.get(typeKey));
        ActiveContext typeContext = context;
        for (String type : types.stream().sorted().toList()) {
            if (hasLocalContext(typeContext, type)) {
                context = contexts.forType(context, typeContext, type);
            }
        }
        if (typeKey != null && !typeKey.equals(keyMappedTo(context, element, "@type", top))) {
            throw new Outside("a type-scoped context redefines the type key");
        }
        String idKey = keyMappedTo(context, element, "@id", top);
        String subject;
        if (idKey == null) {
            subject = "_:b" + blankNodes++;
        } else if (element.get(idKey) instanceof JsonString id) {
            subject = ScalarToRdf.documentIri(context, id.getString());
        } else {
            throw new Outside("@id is not a string");
        }
        for (String type : types) {
            quads.add(new Quad(subject, RDF_TYPE, scalars.typeIri(typeContext, type), null));
        }
        for (Map.Entry<String, JsonValue> entry : element.entrySet()) {
            String key = entry.getKey();
            if (!key.equals(idKey) && !key.equals(typeKey) && !key.equals("@context")) {
                property(context, subject, key, entry.getValue());
            }
        }
        return subject;
    }

    private void property(ActiveContext context, String subject, String key, JsonValue value)
            throws Outside, JsonLdError {
        TermDefinition definition = context.getTerm(key).orElse(null);
        String predicate = scalars.propertyIri(context, key, definition);
        boolean list = false;
        if (definition != null) {
            if (definition.isReverseProperty() || definition.getNestValue() != null
                    || "@json".equals(definition.getTypeMapping())) {
                throw new Outside("reverse, nested or @json property " + key);
            }
            for (String container : definition.getContainerMapping()) {
                list |= "@list".equals(container);
                if (!"@list".equals(container) && !"@set".equals(container)) {
                    throw new Outside("container " + container);
                }
            }
        }
        List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
        List<Quad.Term> objects = new ArrayList<>(items.size());
        for (JsonValue item : items) {
            if (item.getValueType() == JsonValue.ValueType.ARRAY) {
                throw new Outside("nested array");
            }
            if (item.getValueType() != JsonValue.ValueType.NULL) {
                objects.add(item instanceof JsonObject object
                        ? new Quad.Term(node(context, key, object, false), null)
                        : scalars.toRdf(context, key, item));
            }
        }
        if (!list) {
            objects.forEach(o -> quads.add(o.of(subject, predicate)));
        } else if (value.getValueType() != JsonValue.ValueType.NULL) {
            list(subject, predicate, objects);
        }
    }

    /** List to RDF conversion: a chain of fresh blank nodes through rdf:first / rdf:rest, ending in rdf:nil. */
    private void list(String subject, String predicate, List<Quad.Term> objects) {
        String head = objects.isEmpty() ? RDF_NIL : "_:b" + blankNodes;
        quads.add(new Quad(subject, predicate, head, null));
        for (int i = 0; i < objects.size(); i++) {
            String node = "_:b" + blankNodes++;
            quads.add(objects.get(i).of(node, RDF_FIRST));
            quads.add(new Quad(node, RDF_REST, i + 1 < objects.size() ? "_:b" + blankNodes : RDF_NIL, null));
        }
    }

    /** Step 7: a node leaves a non-propagated (type-scoped) context, unless it is only a reference {"id": ...}. */
    private static boolean reverts(ActiveContext context, JsonObject element) throws Outside {
        for (String key : element.keySet()) {
            String expanded = key.startsWith("@") ? key
                    : context.getTerm(key).map(TermDefinition::getUriMapping).orElse(null);
            if ("@value".equals(expanded)) {
                throw new Outside("value object");
            }
            if ("@id".equals(expanded) && element.size() == 1) {
                return false;
            }
        }
        return true;
    }

    /** The one key that is a term for the keyword (null if none); keywords themselves are keys outside the subset. */
    private static String keyMappedTo(ActiveContext context, JsonObject element, String keyword, boolean top)
            throws Outside {
        String found = null;
        for (String key : element.keySet()) {
            if (key.startsWith("@")) {
                if (!(top && key.equals("@context"))) {
                    throw new Outside("keyword as key: " + key);
                }
            } else if (keyword.equals(context.getTerm(key).map(TermDefinition::getUriMapping).orElse(null))) {
                if (found != null) {
                    throw new Outside("two keys for " + keyword);
                }
                found = key;
            }
        }
        return found;
    }

    private static List<String> strings(JsonValue value) throws Outside {
        List<JsonValue> values = value instanceof JsonArray array ? array : List.of(value);
        List<String> strings = new ArrayList<>(values.size());
        for (JsonValue item : values) {
            if (!(item instanceof JsonString string)) {
                throw new Outside("a type that is not a string");
            }
            strings.add(string.getString());
        }
        return strings;
    }

    /** A {@code @context} of URLs (one or an array): inline contexts vary too much to be worth caching. */
    private static boolean isUrls(JsonValue context) {
        if (context instanceof JsonArray array) {
            return !array.isEmpty() && array.stream().allMatch(JsonString.class::isInstance);
        }
        return context instanceof JsonString;
    }

    static boolean hasLocalContext(ActiveContext context, String term) {
        return context.getTerm(term).map(TermDefinition::hasLocalContext).orElse(false);
    }

    /** The document is outside the subset this class handles; cheap (no stack trace), as it only redirects. */
    static final class Outside extends Exception {
        Outside(String reason) {
            super(reason, null, false, false);
        }
    }
}
