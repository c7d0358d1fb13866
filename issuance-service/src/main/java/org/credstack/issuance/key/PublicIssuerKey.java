package org.credstack.issuance.key;

import java.time.Instant;
import org.credstack.events.issuance.IssuerKey;

/** A stored key without its private part: what DID documents and API responses show. */
public record PublicIssuerKey(String issuerId, KeyAlgorithm algorithm, IssuerKey publicKey, KeyStatus status,
                              Instant createdAt, Instant retiredAt) {

    public enum KeyStatus { ACTIVE, RETIRED }
}
