package org.credstack.wallet.verification;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.HostAllowList;
import org.credstack.vc.did.OutboundFetchGuard;
import org.credstack.vc.multiformats.Multikey;
import org.credstack.vc.verification.CredentialVerifier;
import org.credstack.vc.verification.DocumentFetcher;
import org.credstack.vc.verification.IssuerKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the public verifier from configuration ({@code credstack.verification.*}, see application.properties). */
@ApplicationScoped
public class CredentialVerifierProducer {

    @ConfigProperty(name = "credstack.verification.fetch.allow-list")
    Optional<List<String>> allowList;
    @ConfigProperty(name = "credstack.verification.fetch.connect-timeout", defaultValue = "3s")
    Duration connectTimeout;
    @ConfigProperty(name = "credstack.verification.fetch.read-timeout", defaultValue = "5s")
    Duration readTimeout;
    @ConfigProperty(name = "credstack.verification.fetch.max-size", defaultValue = "256K")
    MemorySize maxSize;
    @ConfigProperty(name = "credstack.verification.fetch.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;
    @ConfigProperty(name = "credstack.verification.pinned-keys")
    Optional<List<String>> pinnedKeys;

    @Produces
    @ApplicationScoped
    OutboundFetchGuard guard() {
        return OutboundFetchGuard.builder(HostAllowList.of(allowList.orElse(List.of())))
                .connectTimeout(connectTimeout).readTimeout(readTimeout).maxBytes((int) maxSize.asLongValue())
                .allowPrivateAddresses(allowPrivateAddresses).build();
    }

    @Produces
    @ApplicationScoped
    CredentialVerifier verifier(OutboundFetchGuard guard, KnownIssuerDirectory directory) {
        DocumentFetcher fetcher = DocumentFetcher.guarded(guard);
        IssuerKeys keys = new IssuerKeys(pinned(pinnedKeys.orElse(List.of())), new DidWebResolver(guard), fetcher);
        return new CredentialVerifier(keys, fetcher, directory, Clock.systemUTC());
    }

    /** {@code <verification method URL>=<Multikey>} entries; a bad one stops start-up rather than being skipped. */
    static Map<String, Ed25519PublicKey> pinned(List<String> entries) {
        Map<String, Ed25519PublicKey> keys = new HashMap<>();
        for (String entry : entries) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("credstack.verification.pinned-keys: expected <method URL>="
                        + "<Multikey>, found " + entry);
            }
            keys.put(entry.substring(0, eq).strip(), Multikey.decodePublicKey(entry.substring(eq + 1).strip()));
        }
        return keys;
    }
}
