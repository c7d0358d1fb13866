package org.credstack.issuance.issuer.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator registers an institution as an issuer (a tenant). */
public record RegisterIssuer(@TargetAggregateIdentifier String issuerId, String did, String name, String url,
                             String email, String country, String accreditation) {
}
