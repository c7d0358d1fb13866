package org.credstack.issuance.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import org.credstack.platform.domain.NotFound;
import org.credstack.vc.crypto.Ed25519PrivateKey;

/**
 * The keys an issuer signs with now: what credential issuance and status lists use. Each call decrypts the active
 * key from the key table, so a rotation takes effect at once on every replica.
 */
@ApplicationScoped
public class IssuerSigningKeys {

    @Inject
    IssuerKeyStore store;

    /** @throws NotFound if the issuer has no active Ed25519 key (unknown issuer) */
    public Ed25519SigningKey activeEd25519(String issuerId) {
        IssuerKeyStore.OpenedKey opened = store.active(issuerId, KeyAlgorithm.Ed25519)
                .orElseThrow(() -> new NotFound("Signing key of issuer", issuerId));
        try {
            return new Ed25519SigningKey(opened.keyId(), Ed25519PrivateKey.of(opened.privateKey()));
        } finally {
            opened.erase();
        }
    }

    /** @throws NotFound if the issuer has no active RSA key (unknown issuer) */
    public RsaSigningKey activeRsa(String issuerId) {
        IssuerKeyStore.OpenedKey opened = store.active(issuerId, KeyAlgorithm.RSA)
                .orElseThrow(() -> new NotFound("Signing key of issuer", issuerId));
        try {
            return new RsaSigningKey(opened.keyId(),
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(opened.privateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored RSA key " + opened.keyId() + " is not PKCS#8", e);
        } finally {
            opened.erase();
        }
    }
}
