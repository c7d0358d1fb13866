package org.credstack.events.issuance;

import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * An institution became an issuer (a tenant) with a {@code did:web} identifier and its first public keys.
 * Aggregate: the issuer ({@code issuerId}).
 *
 * @param email         the institution's contact address (institutional, never a learner's)
 * @param country       ISO 3166-1 alpha-2 code, for example {@code NL}
 * @param accreditation the quality-assurance body that accredits the institution; {@code null} if none is stated
 */
public record IssuerRegistered(String issuerId, String did, String name, String url, String email, String country,
        String accreditation, List<IssuerKey> publicKeys) implements ContractEvent {

    public IssuerRegistered {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(name, "name");
        publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
    }

    @Override
    public String aggregateId() {
        return issuerId;
    }
}
