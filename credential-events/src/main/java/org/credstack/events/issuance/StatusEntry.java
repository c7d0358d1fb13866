package org.credstack.events.issuance;

import java.util.Objects;

/**
 * A credential's entry in a W3C Bitstring Status List.
 *
 * @param statusListCredential the URL of the status list credential
 * @param statusListIndex      the bit's index, a decimal string as the Bitstring Status List specification requires
 */
public record StatusEntry(StatusPurpose purpose, String statusListCredential, String statusListIndex) {

    public StatusEntry {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(statusListCredential, "statusListCredential");
        Objects.requireNonNull(statusListIndex, "statusListIndex");
    }
}
