package org.credstack.vc.verification;

import java.net.URI;
import org.credstack.vc.did.OutboundFetchException;
import org.credstack.vc.did.OutboundFetchGuard;

/** GETs a JSON document (a key's controller document, a status list credential) on behalf of a verifier. */
@FunctionalInterface
public interface DocumentFetcher {

    /** @throws OutboundFetchException when refused or failed, saying why */
    byte[] fetch(URI url) throws OutboundFetchException;

    /** Through the SSRF guard: allow-list, time-outs, size limit. */
    static DocumentFetcher guarded(OutboundFetchGuard guard) {
        return guard::fetchJson;
    }
}
