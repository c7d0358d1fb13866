package org.credstack.vc.verification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.HostAllowList;
import org.credstack.vc.did.OutboundFetchGuard;
import org.credstack.vc.multiformats.Multikey;

/**
 * A verifier for the OB 3.0 example credentials that never touches the network: the allow-list is empty, so every
 * fetch is refused before connecting, and the https key URLs of the examples are pinned to the key their fragment
 * names (shared/standards/README.md), which is how a verifier's operator would pin a key it trusts.
 */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final String MULTIKEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    static final Ed25519PublicKey KEY = Multikey.decodePublicKey(MULTIKEY);
    static final Map<String, Ed25519PublicKey> PINNED = Map.of(
            "https://example.com/issuers/876543#" + MULTIKEY, KEY,
            "https://1edtech.edu/issuers/565049#" + MULTIKEY, KEY,
            "https://example.edu/issuers/565049#" + MULTIKEY, KEY);

    private Fixtures() {
    }

    static OutboundFetchGuard noNetwork() {
        return OutboundFetchGuard.builder(HostAllowList.none()).build();
    }

    static CredentialVerifier verifier(IssuerDirectory directory) {
        OutboundFetchGuard guard = noNetwork();
        IssuerKeys keys = new IssuerKeys(PINNED, new DidWebResolver(guard), DocumentFetcher.guarded(guard));
        return new CredentialVerifier(keys, DocumentFetcher.guarded(guard), directory, CLOCK);
    }
}
