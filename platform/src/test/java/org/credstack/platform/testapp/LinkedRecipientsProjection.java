package org.credstack.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;

/** A projection that holds something about learners (their linked recipientRefs), to prove erasure reaches it. */
@ApplicationScoped
public class LinkedRecipientsProjection implements Projection {

    public static final String TABLE = "test_linked_recipient";

    @Override
    public String name() {
        return "test-linked-recipients";
    }

    @Override
    public Set<Service> sources() {
        return Set.of(Service.WALLET);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<String> createTables(String schema) {
        return List.of("CREATE TABLE " + schema + "." + TABLE
                + " (wallet_id VARCHAR(64) NOT NULL, recipient_ref CHAR(64) NOT NULL, PRIMARY KEY (recipient_ref))");
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) throws SQLException {
        if (event.event() instanceof RecipientLinked linked) {
            try (PreparedStatement insert = context.connection().prepareStatement("INSERT INTO "
                    + context.table(TABLE) + " (wallet_id, recipient_ref) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, linked.walletId());
                insert.setString(2, linked.recipientRef());
                insert.executeUpdate();
            }
        }
    }

    @Override
    public void erase(LearnerErased erased, ProjectionContext context) throws SQLException {
        try (PreparedStatement delete = context.connection().prepareStatement("DELETE FROM "
                + context.table(TABLE) + " WHERE wallet_id = ? OR recipient_ref = ANY (?)")) {
            delete.setString(1, erased.learnerId());
            delete.setArray(2, context.connection().createArrayOf("varchar", erased.recipientRefs().toArray()));
            delete.executeUpdate();
        }
    }
}
