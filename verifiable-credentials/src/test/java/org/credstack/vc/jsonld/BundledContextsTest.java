package org.credstack.vc.jsonld;

import static org.credstack.vc.TestResources.jackson;
import static org.credstack.vc.TestResources.jakarta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.did.DidKey;
import org.junit.jupiter.api.Test;

class BundledContextsTest {

    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.generate();
    private static final ProofOptions OPTIONS =
            ProofOptions.assertionMethod(DidKey.verificationMethod(KEY.publicKey()), Instant.now());

    @Test
    void everyBundledContextLoads() throws JsonLdError {
        assertEquals(11, BundledContexts.urls().size());
        for (String url : BundledContexts.urls()) {
            assertNotNull(OfflineDocumentLoader.bundled().loadDocument(URI.create(url), null).getJsonContent()
                    .orElseThrow().asJsonObject().get("@context"), url);
        }
    }

    @Test
    void loaderRefusesAnUnknownUrlNamingIt() {
        JsonLdError e = assertThrows(JsonLdError.class,
                () -> OfflineDocumentLoader.bundled().loadDocument(URI.create("https://w3id.org/citizenship/v4rc1"),
                        null));
        assertTrue(e.getMessage().contains("https://w3id.org/citizenship/v4rc1"), e.getMessage());
    }

    @Test
    void credstackTermsExpandUnderTheCredstackVocabulary() {
        String nquads = RdfCanonicalizer.bundled().canonicalize(jakarta("credstack/microcredential-unsigned.json"));
        for (String term : new String[] {"formOfParticipation", "assessmentType", "qualityAssurance", "prerequisites",
                "stackability", "workloadHours", "escoVersion", "QualityAssurance"}) {
            assertTrue(nquads.contains("<" + BundledContexts.CREDSTACK_VOCAB + term + ">"), term);
        }
    }

    @Test
    void microCredentialWithCredstackTermsSignsAndVerifies() {
        ObjectNode signed = DataIntegritySigner.bundled().sign(jackson("credstack/microcredential-unsigned.json"),
                OPTIONS, KEY);
        assertTrue(DataIntegrityVerifier.bundled().verify(signed, new DidKey()).valid());
        ((ObjectNode) signed.at("/credentialSubject/achievement")).put("workloadHours", 126);
        assertEquals("proof[0].signature",
                DataIntegrityVerifier.bundled().verify(signed, new DidKey()).errors().get(0).name());
    }

    /**
     * The bundled unversioned alias (context.json) is an older OB 3.0 context made for VC 1.1: it gives the terms
     * name and description an xsd:string type, a redefinition of the protected VC 2.0 terms. With the VC 1.1
     * context it works; after the VC 2.0 context any JSON-LD processor must refuse it.
     */
    @Test
    void unversionedObAliasWorksWithVc11AndIsRefusedAfterVc20() {
        ObjectNode credential = jackson("ob30/examples/simple.json");
        credential.remove("proof");
        credential.withArray("/@context").set(0, BundledContexts.CREDENTIALS_V1);
        credential.withArray("/@context").set(1, BundledContexts.OB_V3P0_ALIAS);
        credential.set("issuanceDate", credential.remove("validFrom"));
        // VC 1.1 does not define the DataIntegrityProof terms: safe mode refuses the proof until this is added
        assertEquals("cryptosuite", assertThrows(UndefinedTermException.class,
                () -> DataIntegritySigner.bundled().sign(credential, OPTIONS, KEY)).term());
        credential.withArray("/@context").add(BundledContexts.DATA_INTEGRITY_V2);
        ObjectNode signed = DataIntegritySigner.bundled().sign(credential, OPTIONS, KEY);
        assertTrue(DataIntegrityVerifier.bundled().verify(signed, new DidKey()).valid());

        credential.withArray("/@context").set(0, BundledContexts.CREDENTIALS_V2);
        credential.withArray("/@context").remove(2);
        JsonLdProcessingException e = assertThrows(JsonLdProcessingException.class,
                () -> DataIntegritySigner.bundled().sign(credential, OPTIONS, KEY));
        assertTrue(e.getMessage().contains("PROTECTED_TERM_REDEFINITION"), e.getMessage());
    }

    @Test
    void secondProofMakesAProofSetAndBothVerify() {
        ObjectNode once = DataIntegritySigner.bundled().sign(jackson("credstack/microcredential-unsigned.json"),
                OPTIONS, KEY);
        Ed25519PrivateKey other = Ed25519PrivateKey.generate();
        ObjectNode twice = DataIntegritySigner.bundled().sign(once,
                ProofOptions.assertionMethod(DidKey.verificationMethod(other.publicKey()), null), other);
        assertEquals(2, twice.get("proof").size());
        assertTrue(DataIntegrityVerifier.bundled().verify(twice, new DidKey()).valid());
    }
}
