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

    /** By owning institution: the rules in force, and every rule ever defined (withdrawn ones too). */
    private record Loaded(Map<String, List<CreditEquivalence>> inForce, Map<String, List<CreditEquivalence>> ever) {
    }

    private RevisionedCache<Loaded> cache;

    @PostConstruct
    void init() {
        cache = new RevisionedCache<>(REVISION, revisions, dataSource, recheck, Equivalences::load);
    }

    /** The credit transfer rules of one institution, as the domain's records. */
    public List<CreditEquivalence> ofIssuer(String issuerId) {
        return cache.get().inForce().getOrDefault(issuerId, List.of());
    }

    /**
     * Every rule an institution has defined, withdrawn ones included: what a learner's progress may have counted
     * through (the same list object until the rules change).
     */
    public Map<String, List<CreditEquivalence>> everDefined() {
        return cache.get().ever();
    }

    /**
     * In the domain's record, {@code issuerId} is the institution whose achievement is transferred: the rule's
     * owner is the key of the map.
     */
    private static Loaded load(Connection c) throws SQLException {
        Map<String, List<CreditEquivalence>> inForce = new HashMap<>();
        Map<String, List<CreditEquivalence>> ever = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT issuer_id, equivalence_id, external_issuer_id,"
                + " external_achievement_id, counts_as, credits, withdrawn_at IS NULL FROM credit_equivalence"
                + " ORDER BY issuer_id, created_at, equivalence_id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                CreditEquivalence rule = new CreditEquivalence(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), EquivalenceRows.credits(rs.getBigDecimal(6)));
                ever.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rule);
                if (rs.getBoolean(7)) {
                    inForce.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rule);
                }
            }
        }
        return new Loaded(frozen(inForce), frozen(ever));
    }

    private static Map<String, List<CreditEquivalence>> frozen(Map<String, List<CreditEquivalence>> byOwner) {
        Map<String, List<CreditEquivalence>> frozen = new HashMap<>();
        byOwner.forEach((owner, rules) -> frozen.put(owner, List.copyOf(rules)));
        return Map.copyOf(frozen);
    }
}
