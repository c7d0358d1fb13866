package org.credstack.issuance.credential.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The recipient table: who an issuer's recipientRefs are, for notices and awards. */
@ApplicationScoped
public class Recipients {

    /**
     * Records (or updates) the recipient; must run inside a transaction. A learner id or display name left out keeps
     * the one stored before.
     */
    public void remember(String recipientRef, String issuerId, String email, String learnerId, String displayName,
                         Instant at) {
        RecipientRecord record = RecipientRecord.findById(new RecipientRecord.Key(recipientRef, issuerId));
        if (record == null) {
            record = new RecipientRecord();
            record.recipientRef = recipientRef;
            record.issuerId = issuerId;
            record.email = email;
            record.learnerId = learnerId;
            record.displayName = displayName;
            record.updatedAt = at;
            record.persist();
            return;
        }
        record.email = email;
        record.learnerId = learnerId != null ? learnerId : record.learnerId;
        record.displayName = displayName != null ? displayName : record.displayName;
        record.updatedAt = at;
    }
}
