package org.credstack.events.issuance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code statusPurpose} of a Bitstring Status List entry. */
public enum StatusPurpose {
    @JsonProperty("revocation") REVOCATION,
    @JsonProperty("suspension") SUSPENSION
}
