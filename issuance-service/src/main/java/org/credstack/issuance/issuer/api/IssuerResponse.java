package org.credstack.issuance.issuer.api;

import java.time.Instant;
import java.util.List;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.issuance.key.PublicIssuerKey;

public record IssuerResponse(String id, String did, String name, String url, String email, String country,
                             String accreditation, Instant registeredAt, List<IssuerKeyResponse> keys) {

    static IssuerResponse of(IssuerRecord r, List<PublicIssuerKey> keys) {
        return new IssuerResponse(r.issuerId, r.did, r.name, r.url, r.email, r.country, r.accreditation,
                r.registeredAt, keys.stream().map(IssuerKeyResponse::of).toList());
    }
}
