package org.credstack.vc.jsonld;

/**
 * Safe mode: the document holds a term (property or type) that no active JSON-LD context defines, so JSON-LD
 * processing would drop it and a signature would not cover it.
 */
public final class UndefinedTermException extends JsonLdProcessingException {

    private final String term;

    public UndefinedTermException(String term, String detail) {
        super("Safe mode: '" + term + "' would be dropped by JSON-LD processing: "
                + (detail == null ? "no JSON-LD context defines this term" : detail));
        this.term = term;
    }

    /** The property name or type value that no context defines. */
    public String term() {
        return term;
    }
}
