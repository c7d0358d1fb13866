package org.credstack.vc.dataintegrity;

import static org.credstack.vc.TestResources.hex;
import static org.credstack.vc.TestResources.jackson;
import static org.credstack.vc.TestResources.jakarta;
import static org.credstack.vc.TestResources.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.OfflineDocumentLoader;
import org.credstack.vc.jsonld.RdfCanonicalizer;
import org.credstack.vc.multiformats.Multibase;
import org.credstack.vc.multiformats.Multikey;
import org.junit.jupiter.api.Test;

/** The W3C vc-di-eddsa test vector for eddsa-rdfc-2022 (copied from shared/standards/vc-di-eddsa), byte for byte. */
class EddsaRdfc2022VectorTest {

    private static final String DIR = "vc-di-eddsa/eddsa-rdfc-2022/";
    private static final JsonObject KEY_PAIR = jakarta("vc-di-eddsa/keyPair.json");
    private static final Ed25519PrivateKey PRIVATE_KEY =
            Multikey.decodePrivateKey(KEY_PAIR.getString("privateKeyMultibase"));
    private static final Ed25519PublicKey PUBLIC_KEY =
            Multikey.decodePublicKey(KEY_PAIR.getString("publicKeyMultibase"));
    private static final String VERIFICATION_METHOD =
            "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final ProofOptions OPTIONS =
            ProofOptions.assertionMethod(VERIFICATION_METHOD, Instant.parse("2023-02-24T23:36:38Z"));

    private final EddsaRdfc2022 suite = EddsaRdfc2022.bundled();

    private static JsonObject unsecured() {
        return Json.createObjectBuilder(jakarta(DIR + "signedDataInt.json")).remove("proof").build();
    }

    @Test
    void keyPairIsConsistent() {
        assertEquals(PUBLIC_KEY, PRIVATE_KEY.publicKey());
    }

    @Test
    void proofConfigurationMatches() {
        assertEquals(jakarta(DIR + "proofConfigDataInt.json"), suite.proofConfiguration(unsecured(), OPTIONS));
    }

    @Test
    void canonicalDocumentMatchesByteForByte() {
        assertEquals(text(DIR + "canonDocDataInt.txt"), suite.canonicalDocument(unsecured()));
    }

    @Test
    void theFullReferencePathMatchesByteForByteToo() {
        EddsaRdfc2022 reference = new EddsaRdfc2022(RdfCanonicalizer.reference(OfflineDocumentLoader.bundled()));
        assertEquals(text(DIR + "canonDocDataInt.txt"), reference.canonicalDocument(unsecured()));
        assertEquals(text(DIR + "proofCanonDataInt.txt"),
                reference.canonicalProofConfiguration(reference.proofConfiguration(unsecured(), OPTIONS)));
    }

    @Test
    void canonicalProofConfigurationMatchesByteForByte() {
        JsonObject config = suite.proofConfiguration(unsecured(), OPTIONS);
        assertEquals(text(DIR + "proofCanonDataInt.txt"), suite.canonicalProofConfiguration(config));
    }

    @Test
    void hashesAndSignatureMatch() {
        String canonDoc = suite.canonicalDocument(unsecured());
        String canonProof = suite.canonicalProofConfiguration(suite.proofConfiguration(unsecured(), OPTIONS));
        assertEquals(text(DIR + "docHashDataInt.txt").trim(), hex(EddsaRdfc2022.sha256(canonDoc)));
        assertEquals(text(DIR + "proofHashDataInt.txt").trim(), hex(EddsaRdfc2022.sha256(canonProof)));
        byte[] hashData = EddsaRdfc2022.hashData(canonProof, canonDoc);
        assertEquals(text(DIR + "combinedHashDataInt.txt").trim(), hex(hashData));
        byte[] signature = EddsaRdfc2022.sign(hashData, PRIVATE_KEY);
        assertEquals(text(DIR + "sigHexDataInt.txt").trim(), hex(signature));
        assertEquals(text(DIR + "sigBTC58DataInt.txt").trim(), Multibase.encodeBase58Btc(signature));
    }

    @Test
    void signerProducesTheSignedDocument() {
        ObjectNode unsigned = jackson(DIR + "signedDataInt.json");
        unsigned.remove("proof");
        ObjectNode signed = DataIntegritySigner.bundled().sign(unsigned, OPTIONS, PRIVATE_KEY);
        assertEquals(jackson(DIR + "signedDataInt.json"), signed);
        assertEquals(text(DIR + "sigBTC58DataInt.txt").trim(), signed.path("proof").path("proofValue").asText());
        assertFalse(unsigned.has("proof"), "the input is not modified");
    }

    @Test
    void signedDocumentVerifiesThroughDidKey() {
        VerificationResult result = DataIntegrityVerifier.bundled().verify(jackson(DIR + "signedDataInt.json"),
                new DidKey());
        assertTrue(result.valid(), result::toString);
    }

    @Test
    void tamperedDocumentDoesNotVerify() {
        ObjectNode tampered = jackson(DIR + "signedDataInt.json");
        ((ObjectNode) tampered.get("credentialSubject")).put("alumniOf", "The School of Forgery");
        VerificationResult result = DataIntegrityVerifier.bundled().verify(tampered, new DidKey());
        assertFalse(result.valid());
        assertEquals("proof[0].signature", result.errors().get(0).name(), result::toString);
    }

    @Test
    void tamperedProofDoesNotVerify() {
        ObjectNode tampered = jackson(DIR + "signedDataInt.json");
        ((ObjectNode) tampered.get("proof")).put("created", "2023-02-24T23:36:39Z");
        assertFalse(DataIntegrityVerifier.bundled().verify(tampered, new DidKey()).valid());
    }

    /**
     * The employ/ vector's @context https://w3id.org/citizenship/v4rc1 is not bundled, so its document cannot be
     * canonicalized here (and must not be fetched). What can be checked from its given canonical forms: the hashes,
     * the combined hash, the signature and that its proofValue verifies; and that our loader refuses the context.
     */
    @Test
    void employVectorFromItsGivenCanonicalForm() {
        String dir = DIR + "employ/";
        String canonDoc = text(dir + "canonDocDataInt.txt");
        String canonProof = text(dir + "proofCanonDataInt.txt");
        assertEquals(text(dir + "docHashDataInt.txt").trim(), hex(EddsaRdfc2022.sha256(canonDoc)));
        assertEquals(text(dir + "proofHashDataInt.txt").trim(), hex(EddsaRdfc2022.sha256(canonProof)));
        byte[] hashData = EddsaRdfc2022.hashData(canonProof, canonDoc);
        assertEquals(text(dir + "combinedHashDataInt.txt").trim(), hex(hashData));
        byte[] signature = EddsaRdfc2022.sign(hashData, PRIVATE_KEY);
        assertEquals(text(dir + "sigHexDataInt.txt").trim(), hex(signature));
        String proofValue = jakarta(dir + "signedDataInt.json").getJsonObject("proof").getString("proofValue");
        assertEquals(text(dir + "sigBTC58DataInt.txt").trim(), proofValue);
        assertArrayEquals(signature, Multibase.decode(proofValue));
        assertTrue(PUBLIC_KEY.verify(hashData, signature));

        VerificationResult result = DataIntegrityVerifier.bundled().verify(jakarta(dir + "signedDataInt.json"),
                new DidKey());
        assertFalse(result.valid());
        assertTrue(result.toString().contains("https://w3id.org/citizenship/v4rc1"), result::toString);
    }
}
