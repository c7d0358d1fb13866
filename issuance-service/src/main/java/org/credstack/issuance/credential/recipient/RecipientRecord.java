package org.credstack.issuance.credential.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A recipient of an issuer's credentials: the personal data events never carry (they name the recipient by
 * {@code recipientRef}). Mutable; erasure deletes the rows of a recipientRef.
 */
@Entity
@Table(name = "recipient")
@IdClass(RecipientRecord.Key.class)
public class RecipientRecord extends PanacheEntityBase {
    @Id
    @Column(name = "recipient_ref")
    public String recipientRef;
    @Id
    @Column(name = "issuer_id")
    public String issuerId;
    public String email;
    @Column(name = "learner_id")
    public String learnerId;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String recipientRef;
        public String issuerId;

        public Key() {
        }

        public Key(String recipientRef, String issuerId) {
            this.recipientRef = recipientRef;
            this.issuerId = issuerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(recipientRef, k.recipientRef)
                    && Objects.equals(issuerId, k.issuerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recipientRef, issuerId);
        }
    }
}
