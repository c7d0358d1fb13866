package org.credstack.recognition.equivalence.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.credstack.recognition.catalog.Revisions;
import org.credstack.recognition.catalog.RevisionedCache;
import org.credstack.recognition.qualification.domain.CreditEquivalence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credit transfer rules in force, for the progress engine, which asks on every evaluation. Served from memory
 * and reloaded when the {@value #REVISION} revision moved, like {@code PublishedQualifications}.
 */
@ApplicationScoped
public class Equivalences {

    /** The revision counter that equivalence changes bump. */
    public static final String REVISION = "equivalences";

    @Inject
    Revisions revisions;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "credstack.recognition.cache.recheck-interval", defaultValue = "PT1S")
    Duration recheck;

    private RevisionedCache<Map<String, List<CreditEquivalence>>> cache;

    @PostConstruct
    void init() {
        cache = new RevisionedCache<>(REVISION, revisions, dataSource, recheck, Equivalences::load);
    }

    /** The credit transfer rules of one institution, as the domain's records. */
    public List<CreditEquivalence> ofIssuer(String issuerId) {
        return cache.get().getOrDefault(issuerId, List.of());
    }

    /**
     * In the domain's record, {@code issuerId} is the institution whose achievement is transferred: the rule's
     * owner is the key of the map.
     */
    private static Map<String, List<CreditEquivalence>> load(Connection c) throws SQLException {
        Map<String, List<CreditEquivalence>> byOwner = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT issuer_id, equivalence_id, external_issuer_id,"
                + " external_achievement_id, counts_as, credits FROM credit_equivalence WHERE withdrawn_at IS NULL"
                + " ORDER BY issuer_id, created_at, equivalence_id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                byOwner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CreditEquivalence(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        EquivalenceRows.credits(rs.getBigDecimal(6))));
            }
        }
        Map<String, List<CreditEquivalence>> frozen = new HashMap<>();
        byOwner.forEach((owner, rules) -> frozen.put(owner, List.copyOf(rules)));
        return Map.copyOf(frozen);
    }
}
