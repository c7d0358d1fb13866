package org.credstack.vc.did;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.dataintegrity.KeyResolver;
import org.credstack.vc.multiformats.Multikey;

/**
 * The {@code did:key} method for Ed25519 (W3C CCG did:key v0.7): the DID is {@code did:key:} followed by the
 * key's Multikey, and its single verification method is {@code did:key:<mk>#<mk>}. Resolution is computed offline.
 */
public final class DidKey implements KeyResolver {

    public static final String PREFIX = "did:key:";
    private static final Set<String> PURPOSES =
            Set.of("assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation");

    /** The did:key of an Ed25519 public key. */
    public static String did(Ed25519PublicKey key) {
        return PREFIX + Multikey.encode(key);
    }

    /** The verification method URL of an Ed25519 public key's did:key: {@code did:key:<mk>#<mk>}. */
    public static String verificationMethod(Ed25519PublicKey key) {
        String multikey = Multikey.encode(key);
        return PREFIX + multikey + "#" + multikey;
    }

    /**
     * The Ed25519 public key of a did:key DID or DID URL; a fragment, if any, must name that key.
     *
     * @throws IllegalArgumentException for another method, a non-Ed25519 key or a fragment naming another key
     */
    public static Ed25519PublicKey publicKey(String didOrUrl) {
        if (didOrUrl == null || !didOrUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a did:key: " + didOrUrl);
        }
        String rest = didOrUrl.substring(PREFIX.length());
        int hash = rest.indexOf('#');
        String multikey = hash < 0 ? rest : rest.substring(0, hash);
        if (hash >= 0 && !rest.substring(hash + 1).equals(multikey)) {
            throw new IllegalArgumentException("The fragment of a did:key URL must repeat its key: " + didOrUrl);
        }
        if (!multikey.startsWith("z6Mk")) {
            throw new IllegalArgumentException("Only Ed25519 did:key identifiers (z6Mk...) are supported: " + didOrUrl);
        }
        return Multikey.decodePublicKey(multikey);
    }

    /** The DID document of a did:key, with its Multikey verification method in every relationship but keyAgreement. */
    public static ObjectNode document(String did) {
        Ed25519PublicKey key = publicKey(did);
        String multikey = Multikey.encode(key);
        String methodId = did + "#" + multikey;
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.putArray("@context").add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        doc.put("id", did);
        ObjectNode method = doc.putArray("verificationMethod").addObject();
        method.put("id", methodId).put("type", "Multikey").put("controller", did).put("publicKeyMultibase", multikey);
        for (String purpose : new String[] {"authentication", "assertionMethod", "capabilityDelegation",
                "capabilityInvocation"}) {
            doc.putArray(purpose).add(methodId);
        }
        return doc;
    }

    /** As a {@link KeyResolver}: resolves did:key verification methods; fails for any other. */
    @Override
    public Ed25519PublicKey resolve(String verificationMethod, String proofPurpose) throws KeyResolutionException {
        if (verificationMethod == null || !verificationMethod.startsWith(PREFIX)) {
            throw new KeyResolutionException("Not a did:key verification method: " + verificationMethod);
        }
        if (!verificationMethod.contains("#")) {
            throw new KeyResolutionException("A did:key verification method needs a fragment: " + verificationMethod);
        }
        if (!PURPOSES.contains(proofPurpose)) {
            throw new KeyResolutionException("A did:key Ed25519 key is not authorized for " + proofPurpose);
        }
        try {
            return publicKey(verificationMethod);
        } catch (IllegalArgumentException e) {
            throw new KeyResolutionException(e.getMessage(), e);
        }
    }
}
