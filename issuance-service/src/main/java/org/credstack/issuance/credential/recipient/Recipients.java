package org.credstack.issuance.credential.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.credstack.platform.persistence.NativeRows;

/** The recipient table: who an issuer's recipientRefs are, for notices and awards. */
@ApplicationScoped
public class Recipients {

    @Inject
    EntityManager em;

    /** An address held for a recipientRef; {@link #toString()} never shows it. */
    public record Address(String recipientRef, String email, String learnerId, String displayName) {
        @Override
        public String toString() {
            return "Address[" + recipientRef + "]";
        }
    }

    /**
     * Where to issue an award among a learner's recipientRefs: the address this issuer recorded most recently;
     * failing that, the one any issuer of this service recorded most recently, as an address only (a learner id and
     * display name are the recording issuer's own records of the learner). Ties go to the smallest recipientRef, so
     * the choice is the same on every replica and every retry. Empty when none is held: never issued to, or erased.
     */
    public Optional<Address> forAward(String issuerId, List<String> recipientRefs) {
        if (recipientRefs.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = NativeRows.select(em, "SELECT recipient_ref, email, learner_id, display_name, "
                + "issuer_id = ?1 FROM recipient WHERE recipient_ref = ANY (?2) "
                + "ORDER BY issuer_id = ?1 DESC, updated_at DESC, recipient_ref, issuer_id LIMIT 1",
                issuerId, recipientRefs.toArray(String[]::new));
        return rows.stream().findFirst().map(row -> Boolean.TRUE.equals(row[4])
                ? new Address((String) row[0], (String) row[1], (String) row[2], (String) row[3])
                : new Address((String) row[0], (String) row[1], null, null));
    }

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
