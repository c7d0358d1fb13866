package org.credstack.vc.ob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.statuslist.BitstringStatusList;
import org.junit.jupiter.api.Test;

/** The BitstringStatusListCredential: shape, signing and verification, bits read back from encodedList. */
class StatusListCredentialsTest {

    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.generate();
    private static final String ISSUER = DidKey.did(KEY.publicKey());
    private static final String URL = "https://credstack.example/status-lists/5b1d0c7e/1";
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00.123Z");

    @Test
    void buildsTheW3cShape() {
        ObjectNode credential = StatusListCredentials.unsigned(URL, ISSUER, StatusPurpose.REVOCATION,
                BitstringStatusList.create(), NOW, NOW.plusSeconds(3600));
        assertEquals("[\"https://www.w3.org/ns/credentials/v2\"]", credential.get("@context").toString());
        assertEquals(URL, credential.get("id").asText());
        assertEquals("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]",
                credential.get("type").toString());
        assertEquals(ISSUER, credential.get("issuer").asText());
        assertEquals("2025-01-15T10:00:00Z", credential.get("validFrom").asText());
        assertEquals("2025-01-15T11:00:00Z", credential.get("validUntil").asText());
        JsonNode subject = credential.get("credentialSubject");
        assertEquals(URL + "#list", subject.get("id").asText());
        assertEquals("BitstringStatusList", subject.get("type").asText());
        assertEquals("revocation", subject.get("statusPurpose").asText());
        assertTrue(subject.get("encodedList").asText().startsWith("u"), "multibase base64url");
        assertEquals(4, subject.size());
    }

    @Test
    void signsVerifiesAndReadsBackASetBit() {
        BitstringStatusList list = BitstringStatusList.create();
        list.set(94567, true);
        list.set(0, true);
        ObjectNode unsigned = StatusListCredentials.unsigned(URL, ISSUER, StatusPurpose.REVOCATION, list, NOW);
        ObjectNode signed = DataIntegritySigner.bundled().sign(unsigned,
                ProofOptions.assertionMethod(DidKey.verificationMethod(KEY.publicKey()), NOW), KEY);
        VerificationResult result = DataIntegrityVerifier.bundled().verify(signed, new DidKey());
        assertTrue(result.valid(), result::toString);

        BitstringStatusList decoded = BitstringStatusList.decode(signed.at("/credentialSubject/encodedList").asText());
        assertEquals(BitstringStatusList.MIN_ENTRIES, decoded.size());
        assertTrue(decoded.get(94567));
        assertTrue(decoded.get(0));
        assertFalse(decoded.get(94566));
        assertFalse(decoded.get(94568));
        assertTrue(StatusListCredentials.list(signed).get(94567));
        assertEquals(StatusPurpose.REVOCATION, StatusListCredentials.purpose(signed));
    }

    /** A credential's status entry and its list line up: the entry's index is the bit the issuer flips. */
    @Test
    void credentialStatusEntryPointsAtTheBitOfItsList() {
        ObjectNode credential = ObFixtures.suspendableCredential();
        JsonNode suspension = credential.get("credentialStatus").get(1);
        BitstringStatusList list = BitstringStatusList.create();
        list.set(Integer.parseInt(suspension.get("statusListIndex").asText()), true);
        ObjectNode listCredential = StatusListCredentials.unsigned(
                suspension.get("statusListCredential").asText(), ObFixtures.ISSUER_DID, StatusPurpose.SUSPENSION,
                list, NOW);
        assertEquals(suspension.get("statusPurpose").asText(),
                listCredential.at("/credentialSubject/statusPurpose").asText());
        assertEquals(credential.at("/issuer/id").asText(), listCredential.get("issuer").asText());
        assertTrue(StatusListCredentials.list(listCredential).get(1201));
    }

    @Test
    void tamperedListFailsToVerify() {
        ObjectNode signed = DataIntegritySigner.bundled().sign(
                StatusListCredentials.unsigned(URL, ISSUER, StatusPurpose.SUSPENSION, BitstringStatusList.create(),
                        NOW),
                ProofOptions.assertionMethod(DidKey.verificationMethod(KEY.publicKey()), NOW), KEY);
        BitstringStatusList other = BitstringStatusList.create();
        other.set(7, true);
        ((ObjectNode) signed.get("credentialSubject")).put("encodedList", other.encode());
        assertFalse(DataIntegrityVerifier.bundled().verify(signed, new DidKey()).valid());
    }

    @Test
    void rejectsBadInput() {
        BitstringStatusList list = BitstringStatusList.create();
        assertThrows(IllegalArgumentException.class, () -> StatusListCredentials.unsigned(
                "http://credstack.example/list", ISSUER, StatusPurpose.REVOCATION, list, NOW));
        assertThrows(IllegalArgumentException.class, () -> StatusListCredentials.unsigned(
                URL, "https://not-a-did.example", StatusPurpose.REVOCATION, list, NOW));
        assertThrows(IllegalArgumentException.class, () -> StatusListCredentials.unsigned(
                URL, ISSUER, StatusPurpose.REVOCATION, list, NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> StatusListCredentials.list(ObFixtures.credential()));
    }
}
