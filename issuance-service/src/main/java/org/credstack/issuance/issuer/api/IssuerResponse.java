package org.credstack.issuance.issuer.api;

import java.time.Instant;
import org.credstack.issuance.issuer.projection.IssuerRecord;

public record IssuerResponse(String id, String did, String name, String url, String email, String country,
                             String accreditation, Instant registeredAt) {

    static IssuerResponse of(IssuerRecord r) {
        return new IssuerResponse(r.issuerId, r.did, r.name, r.url, r.email, r.country, r.accreditation,
                r.registeredAt);
    }
}
