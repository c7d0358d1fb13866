package org.credstack.platform.recipient;

import org.credstack.events.RecipientRef;

/** Computes recipientRefs under the platform secret; {@link #toString()} never shows it. */
public final class RecipientRefs {

    private final byte[] secret;

    RecipientRefs(byte[] secret) {
        this.secret = secret.clone();
    }

    /** The recipientRef of an e-mail address. */
    public String of(String email) {
        return RecipientRef.of(email, secret);
    }

    @Override
    public String toString() {
        return "RecipientRefs[secret hidden]";
    }
}
