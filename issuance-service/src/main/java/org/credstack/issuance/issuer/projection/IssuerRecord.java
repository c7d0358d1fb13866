package org.credstack.issuance.issuer.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Issuance's view of an issuer, including the contact e-mail (institutional) that the public directory omits. */
@Entity
@Table(name = "issuer")
public class IssuerRecord extends PanacheEntityBase {
    @Id
    @Column(name = "issuer_id")
    public String issuerId;
    public String did;
    public String name;
    public String url;
    public String email;
    public String country;
    public String accreditation;
    @Column(name = "registered_at")
    public Instant registeredAt;
}
