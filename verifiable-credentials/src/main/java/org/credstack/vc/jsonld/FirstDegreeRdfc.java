package org.credstack.vc.jsonld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RDFC-1.0 for the common case: when every blank node has a distinct first-degree hash, the algorithm (W3C RDFC-1.0
 * section 4.4.3, steps 3 to 5) issues canonical identifiers {@code c14n0, c14n1, ...} in the order of those hashes
 * and never reaches the N-degree step (6). This class does exactly that and nothing else: when two blank nodes
 * share a hash it answers null and the caller runs the full algorithm (titanium-rdfc).
 *
 * <p>Credentials are trees whose blank nodes (subject, identity object, criteria, alignments, results) differ in
 * their own properties, so shared hashes are rare: identical sibling objects, or lists repeating a value.
 *
 * <p>One deliberate imitation: the lines of a first-degree hash are sorted in Java {@code String} order (UTF-16
 * code units), as titanium-rdfc does, rather than in the code point order the specification asks for. The two
 * differ only between a supplementary character and one in U+E000..U+FFFF at the same position; following titanium
 * keeps this path equal to the reference path in that case too.
 */
final class FirstDegreeRdfc {

    private static final String SUBJECT_LABEL = "_:a";
    private static final String OTHER_LABEL = "_:z";

    private FirstDegreeRdfc() {
    }

    /** The canonical N-Quads lines (unsorted), or null when a first-degree hash is shared. */
    static List<String> canonicalLines(Collection<Quad> quads) {
        Map<String, List<Quad>> quadsByBlank = new HashMap<>();
        for (Quad quad : quads) {
            if (Quad.isBlank(quad.subject())) {
                quadsByBlank.computeIfAbsent(quad.subject(), b -> new ArrayList<>()).add(quad);
            }
            if (!quad.isLiteral() && Quad.isBlank(quad.object()) && !quad.object().equals(quad.subject())) {
                quadsByBlank.computeIfAbsent(quad.object(), b -> new ArrayList<>()).add(quad);
            }
        }
        MessageDigest sha256 = sha256();
        Map<String, String> blankByHash = new TreeMap<>();
        for (Map.Entry<String, List<Quad>> entry : quadsByBlank.entrySet()) {
            String hash = firstDegreeHash(entry.getKey(), entry.getValue(), sha256);
            if (blankByHash.put(hash, entry.getKey()) != null) {
                return null;
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String blank : blankByHash.values()) {
            canonical.put(blank, "_:c14n" + canonical.size());
        }
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            lines.add(quad.line(canonical.getOrDefault(quad.subject(), quad.subject()),
                    quad.isLiteral() ? quad.object() : canonical.getOrDefault(quad.object(), quad.object())));
        }
        return lines;
    }

    /** RDFC-1.0 4.6.3: the quads naming the blank node, itself as _:a and other blank nodes as _:z, sorted, hashed. */
    private static String firstDegreeHash(String blank, List<Quad> quads, MessageDigest sha256) {
        String[] lines = new String[quads.size()];
        for (int i = 0; i < lines.length; i++) {
            Quad quad = quads.get(i);
            lines[i] = quad.line(label(quad.subject(), blank),
                    quad.isLiteral() ? quad.object() : label(quad.object(), blank));
        }
        Arrays.sort(lines);
        sha256.reset();
        for (String line : lines) {
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String label(String term, String blank) {
        if (!Quad.isBlank(term)) {
            return term;
        }
        return term.equals(blank) ? SUBJECT_LABEL : OTHER_LABEL;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
