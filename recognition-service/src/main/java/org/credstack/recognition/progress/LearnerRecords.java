package org.credstack.recognition.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.credstack.recognition.qualification.domain.CredentialStatus;
import org.credstack.recognition.qualification.domain.HeldCredential;
import org.credstack.recognition.qualification.domain.RplCredit;

/** A learner's credentials and RPL credit as the learner-credentials projection holds them: one query each. */
@ApplicationScoped
public class LearnerRecords {

    @Inject
    DataSource dataSource;

    /** Every credential of the recipientRefs, with its award id (null unless it is an award's credential). */
    public List<Held> credentials(Collection<String> refs) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT "
                + HELD_COLUMNS + " FROM learner_credential WHERE recipient_ref = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", refs.toArray()));
            List<Held> held = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    held.add(held(rs));
                }
            }
            return held;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the learner's credentials", e);
        }
    }

    /**
     * The credit of the learner's decided RPL claims, by the institution that decided them (rejected claims carry
     * none): read once per re-evaluation, whatever the number of qualifications.
     */
    public Map<String, List<RplCredit>> rplCredits(String learnerId, Collection<String> refs) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT issuer_id,"
                + " claim_id, qualification_id, achievement_id, credits FROM rpl_credit WHERE credits > 0"
                + " AND (learner_id = ? OR recipient_refs && ?::varchar[])")) {
            q.setString(1, learnerId);
            q.setArray(2, c.createArrayOf("varchar", refs.toArray()));
            Map<String, List<RplCredit>> credits = new HashMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    credits.computeIfAbsent(rs.getString(1), issuer -> new ArrayList<>()).add(new RplCredit(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
                }
            }
            return credits;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the learner's RPL credit", e);
        }
    }

    /** The columns of learner_credential that {@link #held} reads, first in a select. */
    static final String HELD_COLUMNS = "credential_id, issuer_id, achievement_id, credits, eqf_level, issued_at, status,"
            + " valid_until, award_id";

    /** A held credential from a row whose first columns are {@link #HELD_COLUMNS}. */
    static Held held(ResultSet rs) throws SQLException {
        int eqf = rs.getInt(5);
        return new Held(new HeldCredential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.wasNull() ? null : eqf, rs.getTimestamp(6).toInstant(), CredentialStatus.valueOf(rs.getString(7)),
                instant(rs.getTimestamp(8))), rs.getString(9));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A held credential and, for an award's credential, the award it was issued for. */
    public record Held(HeldCredential credential, String awardId) {
    }
}
