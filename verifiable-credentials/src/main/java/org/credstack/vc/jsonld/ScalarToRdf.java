package org.credstack.vc.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.DirectionType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.credstack.vc.jsonld.DirectToRdf.Outside;

/**
 * The IRIs and literals of {@link DirectToRdf}: IRI expansion of keys, types and ids restricted to what needs no
 * resolution, and scalar expansion (JSON-LD 1.1 scalar and value expansion) fused with titanium 1.7's object to RDF
 * conversion, including its number rules (which treat {@code xsd:float} like {@code xsd:double}).
 */
final class ScalarToRdf {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String XSD_BOOLEAN = XSD + "boolean";
    private static final String XSD_INTEGER = XSD + "integer";
    private static final String XSD_DOUBLE = XSD + "double";
    private static final String XSD_FLOAT = XSD + "float";
    private static final BigDecimal E21 = BigDecimal.ONE.movePointRight(21);
    /** Titanium's canonical xsd:double form (DecimalFormat is not thread-safe, hence one per thread). */
    private static final ThreadLocal<DecimalFormat> XSD_DOUBLE_FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("0.0##############E0", new DecimalFormatSymbols(Locale.ENGLISH));
        format.setMinimumFractionDigits(1);
        return format;
    });

    private final ActiveContexts contexts;

    ScalarToRdf(ActiveContexts contexts) {
        this.contexts = contexts;
    }

    /** A key that is a term (or, under a vocabulary mapping, a plain name) expanding to an absolute IRI. */
    String propertyIri(ActiveContext context, String key, TermDefinition definition) throws Outside {
        if (definition != null) {
            return contextIri(definition.getUriMapping());
        }
        if (key.indexOf(':', 1) >= 0) {
            throw new Outside("compact or absolute IRI as a key: " + key);
        }
        return vocabularyIri(context, key);
    }

    /** A type: a term, an absolute IRI, or a plain name under a vocabulary mapping (expanded in the type context). */
    String typeIri(ActiveContext typeContext, String type) throws Outside {
        if (type.startsWith("@")) {
            throw new Outside("keyword as type: " + type);
        }
        TermDefinition definition = typeContext.getTerm(type).orElse(null);
        if (definition != null) {
            return contextIri(definition.getUriMapping());
        }
        return type.indexOf(':', 1) >= 0 ? documentIri(typeContext, type) : vocabularyIri(typeContext, type);
    }

    /**
     * An id ({@code @id}, or a string of a property typed {@code @id}): IRI expansion without vocabulary, relative
     * to the (absent) base. Only values that expansion returns unchanged and toRdf keeps: absolute IRIs that are not
     * a term, a compact IRI of a defined prefix, nor a blank node identifier.
     */
    static String documentIri(ActiveContext context, String value) throws Outside {
        int colon = value.indexOf(':', 1);
        boolean authority = colon > 0 && value.startsWith("//", colon + 1);
        if (colon < 0 || value.startsWith("@") || context.containsTerm(value)
                || (!authority && context.containsTerm(value.substring(0, colon)))
                || !ActiveContexts.isAbsoluteIri(value)) {
            throw new Outside("not an absolute IRI as it stands: " + value);
        }
        return value;
    }

    /** Scalar expansion of a property value (with the property's scoped context, if any) and its RDF object. */
    Quad.Term toRdf(ActiveContext context, String key, JsonValue value) throws Outside, JsonLdError {
        ActiveContext scoped = DirectToRdf.hasLocalContext(context, key) ? contexts.forScalarValue(context, key)
                : context;
        TermDefinition definition = scoped.getTerm(key).orElse(null);
        String typeMapping = definition == null ? null : definition.getTypeMapping();
        if (value instanceof JsonString string && "@id".equals(typeMapping)) {
            return Quad.Term.iri(documentIri(scoped, string.getString()));
        }
        if (value instanceof JsonString string && "@vocab".equals(typeMapping)) {
            TermDefinition term = scoped.getTerm(string.getString()).orElse(null);
            if (term == null || string.getString().startsWith("@")) {
                throw new Outside("@vocab value that is not a term: " + string.getString());
            }
            return Quad.Term.iri(contextIri(term.getUriMapping()));
        }
        String datatype = typeMapping == null || "@id".equals(typeMapping) || "@vocab".equals(typeMapping)
                || "@none".equals(typeMapping) ? null : contextIri(typeMapping);
        switch (value.getValueType()) {
            case STRING:
                if (datatype == null) {
                    requireNoLanguage(scoped, definition);
                }
                return new Quad.Term(((JsonString) value).getString(), datatype == null ? Quad.XSD_STRING : datatype);
            case TRUE:
                return new Quad.Term("true", datatype == null ? XSD_BOOLEAN : datatype);
            case FALSE:
                return new Quad.Term("false", datatype == null ? XSD_BOOLEAN : datatype);
            case NUMBER:
                return number((JsonNumber) value, datatype);
            default:
                throw new Outside("unexpected value " + value.getValueType());
        }
    }

    /** Titanium 1.7 JsonLdToRdf steps 10 and 11, to the letter (the reference path runs exactly this). */
    private static Quad.Term number(JsonNumber number, String datatype) {
        if ((!number.isIntegral() && number.doubleValue() % -1 != 0) || XSD_DOUBLE.equals(datatype)
                || XSD_FLOAT.equals(datatype) || number.bigDecimalValue().compareTo(E21) >= 0) {
            return new Quad.Term(XSD_DOUBLE_FORMAT.get().format(number.bigDecimalValue()),
                    datatype == null ? XSD_DOUBLE : datatype);
        }
        return new Quad.Term(number.bigIntegerValue().toString(), datatype == null ? XSD_INTEGER : datatype);
    }

    /** Value expansion gives a string the term's language and direction, else the context's defaults. */
    private static void requireNoLanguage(ActiveContext context, TermDefinition definition) throws Outside {
        boolean language = definition != null && definition.getLanguageMapping() != null
                ? definition.getLanguageMapping().getValueType() != JsonValue.ValueType.NULL
                : context.getDefaultLanguage() != null;
        DirectionType direction = definition != null && definition.getDirectionMapping() != null
                ? definition.getDirectionMapping() : context.getDefaultBaseDirection();
        if (language || (direction != null && direction != DirectionType.NULL)) {
            throw new Outside("a language or direction applies to the string");
        }
    }

    private String vocabularyIri(ActiveContext context, String name) throws Outside {
        if (name.startsWith("@") || context.getVocabularyMapping() == null) {
            throw new Outside("undefined term: " + name);
        }
        return contextIri(context.getVocabularyMapping() + name);
    }

    /** An IRI from a context (term mapping, datatype, vocabulary): not a keyword, and absolute (memoized check). */
    private String contextIri(String iri) throws Outside {
        if (iri == null || iri.startsWith("@") || !contexts.isContextIri(iri)) {
            throw new Outside("not an absolute IRI: " + iri);
        }
        return iri;
    }
}
