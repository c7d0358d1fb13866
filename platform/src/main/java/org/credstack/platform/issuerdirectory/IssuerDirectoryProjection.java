package org.credstack.platform.issuerdirectory;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;

/**
 * The institutions known to credstack, from {@code IssuerRegistered} on the issuance stream. Wallet uses it to tell
 * a verifier whether an issuer is known; recognition to name institutions. Enabled per service at build time.
 */
@ApplicationScoped
@IfBuildProperty(name = "credstack.issuer-directory.enabled", stringValue = "true")
public class IssuerDirectoryProjection implements Projection {

    public static final String NAME = "issuer-directory";
    static final String TABLE = "issuer_directory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.ISSUANCE);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<String> createTables(String schema) {
        return List.of("CREATE TABLE " + schema + "." + TABLE + " (issuer_id VARCHAR(64) PRIMARY KEY,"
                + " did VARCHAR(512) NOT NULL, name VARCHAR(512) NOT NULL, url VARCHAR(2048), country VARCHAR(2),"
                + " accreditation VARCHAR(512), registered_at TIMESTAMPTZ NOT NULL)");
    }

    @Override
    public boolean applies(EventType type) {
        return type.javaType() == IssuerRegistered.class;
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) throws SQLException {
        if (!(event.event() instanceof IssuerRegistered registered)) {
            return;
        }
        try (PreparedStatement upsert = context.connection().prepareStatement("INSERT INTO "
                + context.table(TABLE) + " (issuer_id, did, name, url, country, accreditation, registered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (issuer_id) DO UPDATE SET did = EXCLUDED.did,"
                + " name = EXCLUDED.name, url = EXCLUDED.url, country = EXCLUDED.country,"
                + " accreditation = EXCLUDED.accreditation")) {
            upsert.setString(1, registered.issuerId());
            upsert.setString(2, registered.did());
            upsert.setString(3, registered.name());
            upsert.setString(4, registered.url());
            upsert.setString(5, registered.country());
            upsert.setString(6, registered.accreditation());
            upsert.setObject(7, java.sql.Timestamp.from(event.metadata().occurredAt()));
            upsert.executeUpdate();
        }
    }

    @Override
    public void erase(LearnerErased erased, ProjectionContext context) {
        // institutions only: nothing about learners is held here
    }
}
