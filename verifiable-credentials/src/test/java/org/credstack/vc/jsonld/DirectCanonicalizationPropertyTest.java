package org.credstack.vc.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.credstack.vc.ob.RandomCredentials;
import org.junit.jupiter.api.Test;

/**
 * Property: for every generated credential the direct path handles it, and its canonical N-Quads are those of the
 * full reference path (titanium expansion, toRdf, RDFC-1.0), byte for byte. The generator covers both of the
 * direct path's canonicalizations: unique first-degree hashes, and shared ones (full RDFC-1.0 on its triples).
 * More cases or another seed: {@code -Dcredstack.property.cases=5000 -Dcredstack.property.seed=7}.
 */
class DirectCanonicalizationPropertyTest {

    static final int CASES = Integer.getInteger("credstack.property.cases", 400);
    static final long SEED = Long.getLong("credstack.property.seed", 20_260_101L);
    /** Names no bundled context defines anywhere (one with a Cyrillic а, one differing only in case). */
    private static final List<String> UNDEFINED = List.of("favouriteColour", "internalNote", "nаme", "Name",
            "FancyBadge", "x-extra");

    private final RdfCanonicalizer direct = RdfCanonicalizer.bundled();
    private final RdfCanonicalizer reference = RdfCanonicalizer.reference(OfflineDocumentLoader.bundled());
    private final ActiveContexts contexts = new ActiveContexts(OfflineDocumentLoader.bundled());

    @Test
    void directCanonicalFormEqualsTheReferenceForGeneratedCredentials() {
        RandomCredentials generator = new RandomCredentials(SEED);
        int sharedHashes = 0;
        for (int i = 0; i < CASES; i++) {
            ObjectNode credential = generator.next();
            JsonObject document = JsonBridge.toJakarta(credential);
            String label = "case " + i + " of seed " + SEED + ": " + credential;
            String canonical = direct.canonicalizeDirect(document);
            assertNotNull(canonical, () -> label + " left the direct path");
            assertEquals(reference.canonicalizeReference(document), canonical, label);
            if (sharesFirstDegreeHash(document)) {
                sharedHashes++;
            }
        }
        assertTrue(sharedHashes > 0 && sharedHashes < CASES, "cases with shared first-degree hashes: " + sharedHashes);
    }

    @Test
    void bulkIssuanceOfOneAchievementEqualsTheReference() {
        RandomCredentials generator = new RandomCredentials(SEED + 1);
        for (int a = 0; a < 5; a++) {
            var achievement = generator.achievement();
            for (int i = 0; i < CASES / 20; i++) {
                JsonObject document = JsonBridge.toJakarta(generator.issue(achievement));
                assertEquals(reference.canonicalizeReference(document), direct.canonicalizeDirect(document),
                        () -> "achievement " + achievement + ", credential " + document);
            }
        }
    }

    @Test
    void anUndefinedTermOrTypeAnywhereLeavesTheDirectPathAndFailsSafeMode() {
        RandomCredentials generator = new RandomCredentials(SEED + 2);
        Random random = new Random(SEED + 2);
        for (int i = 0; i < CASES / 4; i++) {
            ObjectNode credential = generator.next();
            List<ObjectNode> nodes = new ArrayList<>();
            collectObjects(credential, nodes);
            ObjectNode node = nodes.get(random.nextInt(nodes.size()));
            String term = UNDEFINED.get(random.nextInt(UNDEFINED.size()));
            if (random.nextBoolean()) {
                node.put(term, "value");
            } else {
                JsonNode type = node.remove("type");
                ArrayNode types = node.putArray("type");
                if (type instanceof ArrayNode array) {
                    types.addAll(array);
                } else if (type != null) {
                    types.add(type);
                }
                types.add(term);
            }
            JsonObject document = JsonBridge.toJakarta(credential);
            String label = "case " + i + ": " + term + " in " + node;
            assertNull(direct.canonicalizeDirect(document), label);
            UndefinedTermException e = assertThrows(UndefinedTermException.class, () -> direct.canonicalize(document),
                    label);
            assertEquals(term, e.term(), label);
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collectObjects(child, objects));
    }

    private boolean sharesFirstDegreeHash(JsonObject document) {
        Set<Quad> quads = DirectToRdf.toRdf(contexts, document);
        return FirstDegreeRdfc.canonicalLines(quads) == null;
    }
}
