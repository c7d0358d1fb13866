package org.credstack.vc.did;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.multiformats.Multikey;
import org.junit.jupiter.api.Test;

class DidKeyTest {

    private static final String MULTIKEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final String DID = "did:key:" + MULTIKEY;
    private static final Ed25519PublicKey KEY = Multikey.decodePublicKey(MULTIKEY);

    @Test
    void didAndVerificationMethodOfAKey() {
        assertEquals(DID, DidKey.did(KEY));
        assertEquals(DID + "#" + MULTIKEY, DidKey.verificationMethod(KEY));
    }

    @Test
    void resolvesToTheMultikey() throws KeyResolutionException {
        assertEquals(KEY, DidKey.publicKey(DID));
        assertEquals(KEY, new DidKey().resolve(DID + "#" + MULTIKEY, "assertionMethod"));
    }

    @Test
    void documentHasTheMultikeyVerificationMethod() {
        ObjectNode document = DidKey.document(DID);
        assertEquals(DID, document.get("id").asText());
        ObjectNode method = (ObjectNode) document.get("verificationMethod").get(0);
        assertEquals(DID + "#" + MULTIKEY, method.get("id").asText());
        assertEquals("Multikey", method.get("type").asText());
        assertEquals(DID, method.get("controller").asText());
        assertEquals(MULTIKEY, method.get("publicKeyMultibase").asText());
        assertEquals(DID + "#" + MULTIKEY, document.get("assertionMethod").get(0).asText());
    }

    @Test
    void rejectsWhatIsNotAnEd25519DidKey() {
        DidKey resolver = new DidKey();
        assertThrows(KeyResolutionException.class, () -> resolver.resolve(DID + "#other", "assertionMethod"));
        assertThrows(KeyResolutionException.class, () -> resolver.resolve(DID, "assertionMethod"));
        assertThrows(KeyResolutionException.class, () -> resolver.resolve(DID + "#" + MULTIKEY, "keyAgreement"));
        assertThrows(KeyResolutionException.class, () -> resolver.resolve("did:web:example.com#key-1",
                "assertionMethod"));
        String p256 = "did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76";
        assertThrows(KeyResolutionException.class, () -> resolver.resolve(p256 + "#" + p256.substring(8),
                "assertionMethod"));
        assertThrows(IllegalArgumentException.class, () -> DidKey.publicKey("did:key:z6MkBAD"));
    }
}
