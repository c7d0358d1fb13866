package org.credstack.platform.issuerdirectory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A row of the issuer directory, read through the public view of the serving generation. */
@Entity
@Immutable
@Table(name = IssuerDirectoryProjection.TABLE)
public class KnownIssuer extends PanacheEntityBase {

    @Id
    @Column(name = "issuer_id")
    public String issuerId;
    public String did;
    public String name;
    public String url;
    public String country;
    public String accreditation;
    @Column(name = "registered_at")
    public Instant registeredAt;

    public static List<KnownIssuer> listByName() {
        return list("order by name, issuerId");
    }
}
