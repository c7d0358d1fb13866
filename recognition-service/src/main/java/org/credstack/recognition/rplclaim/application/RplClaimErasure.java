package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.credstack.events.EventType;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.axon.SystemCommands;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;
import org.credstack.recognition.rplclaim.domain.EraseRplClaim;

/**
 * Erases the claims of a learner the wallet erased: EraseRplClaim for each claim submitted by the wallet or one of
 * its recipientRefs up to the erasure; the claim view then deletes the texts and files in the same transaction.
 * It runs as a projection of the wallet topic with no tables (decision D32): the commands join the projection's
 * transaction, so the claims are erased exactly when the position is stored, and a failure is retried and then
 * dead-lettered like any projection's. A replay sends the commands again, which the claims ignore (already erased);
 * a claim submitted after the erasure, by a learner who came back, is not touched.
 */
@ApplicationScoped
public class RplClaimErasure implements Projection {

    /** Erasure has no actor in the projection's view (erase() receives the event without its metadata). */
    static final String ACTOR = "system:learner-erased";

    @Inject
    SystemCommands commands;
    @Inject
    Clock clock;

    @Override
    public String name() {
        return "rpl-claim-erasure";
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
        return false; // LearnerErased reaches erase() whatever this says; nothing else concerns claims
    }

    @Override
    public void apply(DecodedEvent event, ProjectionContext context) {
        // never called: applies() takes no type
    }

    @Override
    public void erase(LearnerErased erased, ProjectionContext context) throws SQLException {
        Connection connection = context.connection();
        List<String[]> claims = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT claim_id, issuer_id FROM"
                + " public.rpl_claim WHERE (learner_id = ? OR recipient_refs && ?::varchar[]) AND submitted_at <= ?"
                + " AND state <> 'ERASED' ORDER BY claim_id")) {
            select.setString(1, erased.learnerId());
            select.setArray(2, connection.createArrayOf("varchar", erased.recipientRefs().toArray()));
            select.setTimestamp(3, Timestamp.from(erased.erasedAt()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    claims.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] claim : claims) {
            commands.send(claim[1], ACTOR, null, new EraseRplClaim(claim[0], ACTOR, clock.instant()));
        }
    }
}
