package org.credstack.vc.jsonld;

/**
 * One RDF triple in the default graph, as {@link DirectToRdf} produces it: subject and object are IRIs or blank node
 * identifiers ({@code _:...}), except that the object is a literal when {@code datatype} is not null (the direct
 * path never produces language-tagged literals nor named graphs).
 *
 * <p>{@link #line(String, String)} writes it exactly as titanium's {@code NQuadsWriter} does (the reference path
 * and titanium-rdfc's first-degree hashing both use that writer), so that hashes and canonical lines are
 * byte-identical; {@code NQuadsLineTest} holds the escaping to it for every UTF-16 code unit.
 */
record Quad(String subject, String predicate, String object, String datatype) {

    static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** The object of a triple: an IRI or blank node identifier when datatype is null, else a literal. */
    record Term(String value, String datatype) {

        static Term iri(String iri) {
            return new Term(iri, null);
        }

        Quad of(String subject, String predicate) {
            return new Quad(subject, predicate, value, datatype);
        }
    }

    static boolean isBlank(String term) {
        return term.startsWith("_:");
    }

    boolean isLiteral() {
        return datatype != null;
    }

    /** The N-Quads line (ending in " .\n") with the subject and object written as given (relabelled blank nodes). */
    String line(String subjectTerm, String objectTerm) {
        StringBuilder out = new StringBuilder(subjectTerm.length() + predicate.length() + objectTerm.length() + 16);
        resource(out, subjectTerm).append(' ');
        resource(out, predicate).append(' ');
        if (isLiteral()) {
            literal(out, objectTerm, datatype);
        } else {
            resource(out, objectTerm);
        }
        return out.append(" .\n").toString();
    }

    private static StringBuilder resource(StringBuilder out, String term) {
        return isBlank(term) ? out.append(term) : out.append('<').append(term).append('>');
    }

    private static void literal(StringBuilder out, String value, String datatype) {
        out.append('"');
        escape(out, value);
        out.append('"');
        if (!XSD_STRING.equals(datatype)) {
            out.append("^^<").append(datatype).append('>');
        }
    }

    /**
     * NQuadsAlphabet.escape: \t \b \n \r \f \" \\ by name, the other C0 controls and DEL as \\uXXXX (upper-case hex),
     * everything else (unpaired surrogates included) as is. Every escaped character is below U+0080, so working on
     * UTF-16 code units gives the same text as titanium's walk over code points.
     */
    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c <= 0x1F || c == 0x7F) {
                        out.append("\\u00").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                                .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
