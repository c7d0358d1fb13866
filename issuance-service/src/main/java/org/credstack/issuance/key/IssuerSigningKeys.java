package org.credstack.issuance.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.credstack.platform.domain.NotFound;
import org.credstack.vc.crypto.Ed25519PrivateKey;

/**
 * The keys an issuer signs with now: what credential issuance and status lists use. Every call looks up which key
 * is active, so a rotation takes effect at once on every replica; the opened key is kept in memory by its key id
 * (a key id names one key for ever), so that issuing does not unwrap and parse the same key again and again.
 */
@ApplicationScoped
public class IssuerSigningKeys {

    /** Opened keys kept at most; beyond it the cache starts over (a retired key is never asked for again). */
    static final int CACHE_LIMIT = 10_000;

    @Inject
    IssuerKeyStore store;

    private final Map<String, Object> opened = new ConcurrentHashMap<>();

    /** @throws NotFound if the issuer has no active Ed25519 key (unknown issuer) */
    public Ed25519SigningKey activeEd25519(String issuerId) {
        return (Ed25519SigningKey) active(issuerId, KeyAlgorithm.Ed25519, key -> new Ed25519SigningKey(key.keyId(),
                Ed25519PrivateKey.of(key.privateKey())));
    }

    /** @throws NotFound if the issuer has no active RSA key (unknown issuer) */
    public RsaSigningKey activeRsa(String issuerId) {
        return (RsaSigningKey) active(issuerId, KeyAlgorithm.RSA, key -> {
            try {
                return new RsaSigningKey(key.keyId(), KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Stored RSA key " + key.keyId() + " is not PKCS#8", e);
            }
        });
    }

    private Object active(String issuerId, KeyAlgorithm algorithm, Function<IssuerKeyStore.OpenedKey, Object> parse) {
        IssuerKeyStore.StoredKey stored = store.active(issuerId, algorithm)
                .orElseThrow(() -> new NotFound("Signing key of issuer", issuerId));
        Object key = opened.get(stored.keyId());
        if (key != null) {
            return key;
        }
        IssuerKeyStore.OpenedKey open = store.open(stored);
        try {
            key = parse.apply(open);
        } finally {
            open.erase();
        }
        if (opened.size() >= CACHE_LIMIT) {
            opened.clear();
        }
        opened.put(stored.keyId(), key);
        return key;
    }
}
