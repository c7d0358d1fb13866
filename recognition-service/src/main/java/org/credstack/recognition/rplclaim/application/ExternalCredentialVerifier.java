package org.credstack.recognition.rplclaim.application;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credstack.platform.issuerdirectory.KnownIssuer;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.HostAllowList;
import org.credstack.vc.did.OutboundFetchGuard;
import org.credstack.vc.verification.CredentialVerifier;
import org.credstack.vc.verification.DocumentFetcher;
import org.credstack.vc.verification.IssuerKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verifier of external credentials offered as RPL evidence, built from the same {@code credstack.verification.*}
 * keys as the wallet's public verifier, so that one shared producer (platform, decision D34) can replace this one
 * without a configuration change. Outbound fetches go only to allow-listed hosts; no pinned keys here: RPL evidence
 * is judged by what its issuer publishes.
 */
@ApplicationScoped
public class ExternalCredentialVerifier {

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

    @Produces
    @ApplicationScoped
    CredentialVerifier verifier(Clock clock) {
        OutboundFetchGuard guard = OutboundFetchGuard.builder(HostAllowList.of(allowList.orElse(List.of())))
                .connectTimeout(connectTimeout).readTimeout(readTimeout).maxBytes((int) maxSize.asLongValue())
                .allowPrivateAddresses(allowPrivateAddresses).build();
        DocumentFetcher fetcher = DocumentFetcher.guarded(guard);
        IssuerKeys keys = new IssuerKeys(Map.of(), new DidWebResolver(guard), fetcher);
        // an issuer is known when the issuer directory lists its DID (the wallet asks the same question)
        return new CredentialVerifier(keys, fetcher, issuer -> KnownIssuer.count("did", issuer) > 0, clock);
    }
}
