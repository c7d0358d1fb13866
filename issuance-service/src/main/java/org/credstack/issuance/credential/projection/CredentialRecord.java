package org.credstack.issuance.credential.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Issuance's view of a credential: the signed JSON and JWT exactly as issued, and where it stands. */
@Entity
@Table(name = "credential")
public class CredentialRecord extends PanacheEntityBase {
    @Id
    @Column(name = "credential_id")
    public String credentialId;
    @Column(name = "issuer_id")
    public String issuerId;
    @Column(name = "achievement_id")
    public String achievementId;
    @Column(name = "achievement_version")
    public int achievementVersion;
    @Column(name = "recipient_ref")
    public String recipientRef;
    @Enumerated(EnumType.STRING)
    public CredentialStatus status;
    /** Why it was revoked or suspended; null while active. */
    @Column(name = "status_reason")
    public String statusReason;
    /** When it was last revoked, suspended or reinstated; null while active as issued. */
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    /** The corrected re-issue, when REPLACED. */
    @Column(name = "replaced_by")
    public String replacedBy;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "valid_from")
    public Instant validFrom;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "signed_json")
    public String signedJson;
    public String jwt;
    @Column(name = "aggregate_version")
    public long aggregateVersion;
}
