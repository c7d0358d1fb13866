package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A {@code BitstringStatusListEntry}: the position of a credential in one of its issuer's status lists.
 *
 * @param statusListCredential the URL of the {@code BitstringStatusListCredential} (https, or http on a loopback host)
 * @param index                the credential's bit, 0 or more (the caller picks it at random in a list of at least
 *                             131,072 entries); written as a string in {@code statusListIndex}
 * @param purpose              revocation or suspension; must equal the list's {@code statusPurpose}
 */
public record StatusEntry(String statusListCredential, long index, StatusPurpose purpose) {

    public StatusEntry {
        Identifiers.requireHttpUrl("statusListCredential", statusListCredential);
        Objects.requireNonNull(purpose, "purpose");
        if (index < 0) {
            throw new IllegalArgumentException("statusListIndex must be 0 or more: " + index);
        }
    }

    public static StatusEntry revocation(String statusListCredential, long index) {
        return new StatusEntry(statusListCredential, index, StatusPurpose.REVOCATION);
    }

    public static StatusEntry suspension(String statusListCredential, long index) {
        return new StatusEntry(statusListCredential, index, StatusPurpose.SUSPENSION);
    }

    /** The entry's {@code id}: {@code <statusListCredential>#<index>}. */
    public String id() {
        return statusListCredential + "#" + index;
    }

    /** {@code {id, type "BitstringStatusListEntry", statusPurpose, statusListIndex (string), statusListCredential}}. */
    public ObjectNode toJson() {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", id());
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose.value());
        entry.put("statusListIndex", Long.toString(index));
        entry.put("statusListCredential", statusListCredential);
        return entry;
    }
}
