package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.dataintegrity.KeyResolver;
import org.credstack.vc.did.DidDocuments;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.OutboundFetchException;
import org.credstack.vc.jwt.JwtJson;
import org.credstack.vc.jwt.JwtKeyResolver;
import org.credstack.vc.jwt.JwtPublicKey;

/**
 * Resolves the key a proof or JWT names, for both Data Integrity and VC-JWT: pinned keys (operator configuration)
 * first, then {@code did:key} (offline), {@code did:web} (through the guard) and https key URLs. An https key URL is
 * resolved like a DID URL: its controller document (the URL before {@code #}) is fetched through the fetcher and must
 * list the method under the purpose; a Multikey in the fragment is never taken as the key by itself, or anyone could
 * name their own key under an institution's URL. Failures to obtain a key at all (an unsupported DID method, a fetch
 * refused or failed) are {@link KeyUnavailableException}s; a document that does not authorize the key is a fault.
 */
public final class IssuerKeys implements KeyResolver, JwtKeyResolver {

    private final Map<String, Ed25519PublicKey> pinned;
    private final DidWebResolver didWeb;
    private final DocumentFetcher fetcher;

    public IssuerKeys(Map<String, Ed25519PublicKey> pinned, DidWebResolver didWeb, DocumentFetcher fetcher) {
        this.pinned = Map.copyOf(pinned);
        this.didWeb = Objects.requireNonNull(didWeb, "didWeb");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    @Override
    public Ed25519PublicKey resolve(String verificationMethod, String proofPurpose) throws KeyResolutionException {
        Ed25519PublicKey key = pinned.get(verificationMethod);
        if (key != null) {
            return key;
        }
        return DidDocuments.ed25519PublicKey(method(verificationMethod, proofPurpose));
    }

    @Override
    public JwtPublicKey resolve(String kid) throws KeyResolutionException {
        Ed25519PublicKey key = pinned.get(kid);
        if (key != null) {
            return JwtPublicKey.of(key);
        }
        return DidDocuments.jwtPublicKey(method(kid, "assertionMethod"));
    }

    private JsonNode method(String url, String purpose) throws KeyResolutionException {
        if (url == null || url.isBlank()) {
            throw new KeyResolutionException("no verification method is named");
        }
        if (url.startsWith(DidKey.PREFIX)) {
            Ed25519PublicKey key = new DidKey().resolve(url, purpose);
            return DidDocuments.verificationMethod(DidKey.document(DidKey.did(key)), url, purpose);
        }
        if (url.startsWith(DidWebResolver.PREFIX)) {
            return didWeb.verificationMethod(url, purpose);
        }
        if (url.startsWith("did:")) {
            int colon = url.indexOf(':', 4);
            throw new KeyUnavailableException("the DID method " + (colon < 0 ? url : url.substring(0, colon))
                    + " is not supported here (only did:key and did:web)");
        }
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return controlledMethod(url, purpose);
        }
        throw new KeyResolutionException("the verification method " + url + " is neither a DID URL nor an https URL");
    }

    private JsonNode controlledMethod(String url, String purpose) throws KeyResolutionException {
        int hash = url.indexOf('#');
        if (hash < 0) {
            throw new KeyResolutionException("an https verification method needs a fragment: " + url);
        }
        URI controller;
        try {
            controller = URI.create(url.substring(0, hash));
        } catch (IllegalArgumentException e) {
            throw new KeyResolutionException("the verification method " + url + " is not a URL", e);
        }
        ObjectNode document;
        try {
            document = JwtJson.parseObject(fetcher.fetch(controller));
        } catch (OutboundFetchException e) {
            throw new KeyUnavailableException("cannot fetch the controller document " + controller + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new KeyResolutionException("the controller document " + controller + " is " + e.getMessage(), e);
        }
        return DidDocuments.verificationMethod(document, url, purpose);
    }

    /** Whether a failure to resolve means "cannot tell here" rather than a fault of the credential. */
    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KeyUnavailableException || t instanceof OutboundFetchException) {
                return true;
            }
        }
        return false;
    }
}
