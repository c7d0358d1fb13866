package org.credstack.issuance.credential.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;

/**
 * Deletes an erased learner's rows of the recipient table (address, learner id, display name) when the wallet
 * publishes LearnerErased. The credentials themselves stay: they are the institution's record, name the learner
 * only by a salted hash and a recipientRef, and a replacement then needs the address given again. Runs as a
 * projection of the wallet stream with no tables of its own, so that it gets the platform's exactly-once
 * application, retries and dead-lettering; a replay from offset zero deletes again, which changes nothing.
 */
@ApplicationScoped
public class RecipientErasure implements Projection {

    @Override
    public String name() {
        return "recipient-erasure";
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.WALLET);
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public List<String> createTables(String schema) {
        return List.of();
    }

    @Override
    public boolean applies(EventType type) {
        return false; // only LearnerErased concerns issuance, and that reaches erase() whatever this says
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) {
        // never called: applies() takes no type
    }

    @Override
    public void erase(LearnerErased erased, ProjectionContext context) throws SQLException {
        if (erased.recipientRefs().isEmpty()) {
            return;
        }
        try (PreparedStatement delete = context.connection().prepareStatement(
                "DELETE FROM public.recipient WHERE recipient_ref = ANY (?)")) {
            delete.setArray(1, context.connection().createArrayOf("varchar", erased.recipientRefs().toArray()));
            delete.executeUpdate();
        }
    }
}
