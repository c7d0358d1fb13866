package org.credstack.events.issuance;

import java.util.Objects;

/** The issuer as it was when a credential was issued, so consumers need no earlier {@code IssuerRegistered}. */
public record IssuerSnapshot(String issuerId, String did, String name, String url) {

    public IssuerSnapshot {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(name, "name");
    }
}
