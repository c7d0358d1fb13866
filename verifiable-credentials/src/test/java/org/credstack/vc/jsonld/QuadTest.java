package org.credstack.vc.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apicatalog.rdf.nquads.NQuadsAlphabet;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import org.junit.jupiter.api.Test;

/** The direct path writes N-Quads lines exactly as titanium's NQuadsWriter, which the reference path uses. */
class QuadTest {

    @Test
    void literalEscapingEqualsTitaniumsForEveryUtf16CodeUnitAndSurrogatePairs() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String value = "a" + (char) c + "z";
            StringBuilder escaped = new StringBuilder();
            Quad.escape(escaped, value);
            assertEquals(NQuadsAlphabet.escape(value), escaped.toString(), "U+" + Integer.toHexString(c));
        }
        for (String value : new String[] {"🎓", "x🎓\uE000", "\uD83C", "\uDF93\uD83C"}) {
            StringBuilder escaped = new StringBuilder();
            Quad.escape(escaped, value);
            assertEquals(NQuadsAlphabet.escape(value), escaped.toString());
        }
    }

    @Test
    void linesEqualTitaniumsForIrisBlankNodesAndTypedAndPlainLiterals() {
        String s = "https://example.org/s";
        String p = "https://schema.org/name";
        String[][] cases = {{s, p, "https://example.org/o", null}, {"_:b0", p, "_:b1", null},
            {s, p, "tab\there \"quoted\"", Quad.XSD_STRING}, {s, p, "5", "http://www.w3.org/2001/XMLSchema#integer"}};
        for (String[] q : cases) {
            Quad quad = new Quad(q[0], q[1], q[2], q[3]);
            assertEquals(NQuadsWriter.nquad(q[0], q[1], q[2], q[3], null, null, null), quad.line(q[0], q[2]));
        }
    }
}
