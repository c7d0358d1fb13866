package org.credstack.recognition.equivalence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.credstack.platform.persistence.NativeRows;

/** Reads {@code credit_equivalence} for the API and the checks: read-your-writes, straight from the database. */
@ApplicationScoped
public class EquivalenceRows {

    private static final String COLUMNS = "SELECT equivalence_id, issuer_id, external_issuer_id,"
            + " external_achievement_id, counts_as, credits, exceeds_internal_credits, created_at, withdrawn_at"
            + " FROM credit_equivalence ";

    @Inject
    EntityManager em;

    /** One of the institution's rules, withdrawn or not; empty for another institution's. */
    public Optional<EquivalenceRecord> find(String issuerId, String equivalenceId) {
        return rows("WHERE issuer_id = ?1 AND equivalence_id = ?2", issuerId, equivalenceId).stream().findFirst();
    }

    /** The institution's rules, oldest first. */
    public List<EquivalenceRecord> ofIssuer(String issuerId, boolean includeWithdrawn) {
        return rows("WHERE issuer_id = ?1" + (includeWithdrawn ? "" : " AND withdrawn_at IS NULL")
                + " ORDER BY created_at, equivalence_id", issuerId);
    }

    /** The rule in force that already makes this external achievement count as {@code countsAs}. */
    public Optional<EquivalenceRecord> active(String issuerId, String externalAchievementId, String countsAs) {
        return rows("WHERE issuer_id = ?1 AND external_achievement_id = ?2 AND counts_as = ?3"
                + " AND withdrawn_at IS NULL", issuerId, externalAchievementId, countsAs).stream().findFirst();
    }

    private List<EquivalenceRecord> rows(String where, Object... args) {
        return NativeRows.select(em, COLUMNS + where, args).stream()
                .map(r -> new EquivalenceRecord((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], credits((BigDecimal) r[5]), (Boolean) r[6],
                        NativeRows.instant(r[7]), NativeRows.instant(r[8])))
                .toList();
    }

    /** One spelling per amount, as the domain's credits: 5.00 is 5, 10.00 is 10 (not 1E+1). */
    static BigDecimal credits(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
