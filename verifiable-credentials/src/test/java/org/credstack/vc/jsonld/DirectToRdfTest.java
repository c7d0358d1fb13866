package org.credstack.vc.jsonld;

import static org.credstack.vc.TestResources.jackson;
import static org.credstack.vc.TestResources.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The direct path on chosen documents: the W3C vector, scoped contexts, shared hashes, and what it hands over. */
class DirectToRdfTest {

    private static final String VECTOR = "vc-di-eddsa/eddsa-rdfc-2022/";

    private final RdfCanonicalizer canonicalizer = RdfCanonicalizer.bundled();
    private final RdfCanonicalizer reference = RdfCanonicalizer.reference(OfflineDocumentLoader.bundled());

    @Test
    void theW3cVectorDocumentAndProofConfigurationTakeTheDirectPathByteForByte() {
        ObjectNode document = jackson(VECTOR + "signedDataInt.json");
        document.remove("proof");
        assertEquals(text(VECTOR + "canonDocDataInt.txt"), direct(document));
        assertEquals(text(VECTOR + "proofCanonDataInt.txt"), direct(jackson(VECTOR + "proofConfigDataInt.json")));
    }

    @Test
    void termsOfTheCredentialsTypeScopedContextAreUndefinedInsideTheSubject() {
        refusedNaming("validFrom", c -> subject(c).put("validFrom", "2025-01-15T10:00:00Z"));
    }

    @Test
    void termsOfTheIdentityObjectScopeAreUndefinedInAnAlignment() {
        refusedNaming("salt", c -> ((ObjectNode) subject(c).at("/achievement/alignment/0")).put("salt", "x"));
    }

    @Test
    void termsOfTheAchievementScopeAreUndefinedInTheIssuer() {
        refusedNaming("achievementType", c -> ((ObjectNode) c.get("issuer")).put("achievementType", "Badge"));
    }

    @Test
    void identicalSiblingAlignmentsShareAFirstDegreeHashAndGetTheFullCanonicalization() {
        ObjectNode credential = credential();
        ArrayNode alignments = (ArrayNode) subject(credential).at("/achievement/alignment");
        alignments.add(alignments.get(0).deepCopy());
        JsonObject document = JsonBridge.toJakarta(credential);
        assertNull(FirstDegreeRdfc.canonicalLines(DirectToRdf.toRdf(new ActiveContexts(OfflineDocumentLoader.bundled()),
                document)));
        assertEquals(reference.canonicalizeReference(document), canonicalizer.canonicalizeDirect(document));
    }

    @Test
    void anAbsoluteIriAsKeyIsHandedToTheReferencePath() {
        handedOver(c -> ((ObjectNode) subject(c).get("achievement")).putArray("https://schema.org/keywords")
                .add("python"));
    }

    @Test
    void aLanguageTaggedValueObjectIsHandedToTheReferencePath() {
        handedOver(c -> c.putObject("description").put("@value", "Beschreibung").put("@language", "de"));
    }

    @Test
    void aNestedContextIsHandedToTheReferencePath() {
        handedOver(c -> subject(c).putObject("@context").put("nickname", "https://schema.org/alternateName"));
    }

    @Test
    void aRelativeIdIsHandedToTheReferencePathWhichRefusesIt() {
        ObjectNode credential = credential();
        credential.put("id", "credentials/42");
        JsonObject document = JsonBridge.toJakarta(credential);
        assertNull(canonicalizer.canonicalizeDirect(document));
        assertThrows(UndefinedTermException.class, () -> canonicalizer.canonicalize(document));
    }

    private void refusedNaming(String term, Consumer<ObjectNode> change) {
        ObjectNode credential = credential();
        change.accept(credential);
        JsonObject document = JsonBridge.toJakarta(credential);
        assertNull(canonicalizer.canonicalizeDirect(document));
        assertEquals(term, assertThrows(UndefinedTermException.class, () -> canonicalizer.canonicalize(document))
                .term());
    }

    private void handedOver(Consumer<ObjectNode> change) {
        ObjectNode credential = credential();
        change.accept(credential);
        JsonObject document = JsonBridge.toJakarta(credential);
        assertNull(canonicalizer.canonicalizeDirect(document));
        assertEquals(reference.canonicalizeReference(document), canonicalizer.canonicalize(document));
    }

    private String direct(ObjectNode document) {
        String canonical = canonicalizer.canonicalizeDirect(JsonBridge.toJakarta(document));
        assertNotNull(canonical, "the direct path handles it");
        return canonical;
    }

    private static ObjectNode credential() {
        return jackson("credstack/microcredential-unsigned.json");
    }

    private static ObjectNode subject(ObjectNode credential) {
        return (ObjectNode) credential.get("credentialSubject");
    }
}
