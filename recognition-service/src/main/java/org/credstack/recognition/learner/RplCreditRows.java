package org.credstack.recognition.learner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.credstack.events.recognition.RplDecisionMade;

/** The credit of a decided RPL claim; a decision on appeal replaces the first one. */
final class RplCreditRows {

    private RplCreditRows() {
    }

    static void apply(Connection c, String table, RplDecisionMade d) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + table + " (claim_id, issuer_id,"
                + " learner_id, recipient_refs, qualification_id, achievement_id, outcome, credits)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET outcome = EXCLUDED.outcome,"
                + " credits = EXCLUDED.credits, recipient_refs = EXCLUDED.recipient_refs")) {
            upsert.setString(1, d.claimId());
            upsert.setString(2, d.issuerId());
            upsert.setString(3, d.learnerId());
            upsert.setArray(4, c.createArrayOf("varchar", d.recipientRefs().toArray()));
            upsert.setString(5, d.qualificationId());
            upsert.setString(6, d.achievementId());
            upsert.setString(7, d.outcome().name());
            upsert.setBigDecimal(8, d.creditsAwarded() == null ? java.math.BigDecimal.ZERO : d.creditsAwarded());
            upsert.executeUpdate();
        }
    }
}
