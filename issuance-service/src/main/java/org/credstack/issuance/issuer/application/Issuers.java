package org.credstack.issuance.issuer.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.credstack.events.issuance.IssuerKey;
import org.credstack.issuance.issuer.domain.RegisterIssuer;
import org.credstack.issuance.issuer.domain.RotateIssuerKeys;
import org.credstack.issuance.key.GeneratedKey;
import org.credstack.issuance.key.IssuerKeyGenerator;
import org.credstack.issuance.key.IssuerKeyStore;
import org.credstack.platform.axon.Commands;

/**
 * Registration and key rotation: the keys are generated here (the aggregate stays free of randomness), their
 * public parts travel in the command, and their sealed private parts are stored in the same transaction as the
 * events, so that neither exists without the other.
 */
@RequestScoped
public class Issuers {

    @Inject
    Commands commands;
    @Inject
    IssuerKeyGenerator generator;
    @Inject
    IssuerKeyStore keyStore;

    private final Clock clock = Clock.systemUTC();

    public void register(String issuerId, String did, String name, String url, String email, String country,
                         String accreditation) {
        List<GeneratedKey> keys = generator.generate(did, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            keyStore.lock(issuerId);
            commands.sendFor(issuerId, new RegisterIssuer(issuerId, did, name, url, email, country, accreditation,
                    publicKeys(keys)));
            keys.forEach(key -> keyStore.saveActive(issuerId, key, clock.instant()));
        });
    }

    /** A new Ed25519 and RSA key sign from now on; the previous ones are retired (still in the DID document). */
    public void rotateKeys(String issuerId, String did) {
        List<GeneratedKey> keys = generator.generate(did, keyStore.nextNumber(issuerId));
        QuarkusTransaction.requiringNew().run(() -> {
            // a concurrent rotation that chose the same key number now finds its key ids used: 409, not a clash
            keyStore.lock(issuerId);
            commands.sendFor(issuerId, new RotateIssuerKeys(issuerId, publicKeys(keys)));
            for (GeneratedKey key : keys) {
                keyStore.retireActive(issuerId, key.algorithm(), clock.instant());
                keyStore.saveActive(issuerId, key, clock.instant());
            }
        });
    }

    private static List<IssuerKey> publicKeys(List<GeneratedKey> keys) {
        return keys.stream().map(GeneratedKey::publicKey).toList();
    }
}
