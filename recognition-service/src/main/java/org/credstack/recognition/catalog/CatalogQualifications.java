package org.credstack.recognition.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.credstack.recognition.qualification.domain.QualificationGraph;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every qualification of every institution, from the qualification tables, for nesting checks and for naming nested
 * components. A qualification goes by its newest published version (what it counts for when nested), or by its
 * draft while it has never been published; it nests whatever any of its versions nests.
 */
@ApplicationScoped
public class CatalogQualifications implements QualificationGraph {

    /** The revision counter that qualification changes bump. */
    public static final String REVISION = "qualifications";

    @Inject
    Revisions revisions;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "credstack.recognition.cache.recheck-interval", defaultValue = "PT1S")
    Duration recheck;

    private RevisionedCache<Map<String, QualificationFacts>> cache;

    @PostConstruct
    void init() {
        cache = new RevisionedCache<>(REVISION, revisions, dataSource, recheck, CatalogQualifications::load);
    }

    @Override
    public Optional<QualificationFacts> find(String qualificationId) {
        return Optional.ofNullable(cache.get().get(qualificationId));
    }

    /** The graph as of now, for rule checks that must not miss a change just made through another replica. */
    public QualificationGraph current() {
        Map<String, QualificationFacts> facts = cache.checkedNow();
        return id -> Optional.ofNullable(facts.get(id));
    }

    private static Map<String, QualificationFacts> load(Connection c) throws SQLException {
        Map<String, QualificationFacts> facts = new HashMap<>();
        Map<String, Set<String>> nested = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT v.qualification_id, q.issuer_id, v.name,"
                + " (v.definition ->> 'creditsRequired')::numeric, v.published_at IS NOT NULL,"
                + " v.nested_qualification_ids FROM qualification_version v JOIN qualification q"
                + " ON q.qualification_id = v.qualification_id ORDER BY v.qualification_id, v.version");
             ResultSet rs = select.executeQuery()) {
            Set<String> published = new HashSet<>();
            while (rs.next()) {
                String id = rs.getString(1);
                boolean isPublished = rs.getBoolean(5);
                // Versions come oldest first: a later published version replaces an earlier one; a draft only
                // stands for a qualification never published.
                if (isPublished || !published.contains(id)) {
                    facts.put(id, new QualificationFacts(rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), Set.of()));
                }
                if (isPublished) {
                    published.add(id);
                }
                nested.computeIfAbsent(id, k -> new HashSet<>())
                        .addAll(Arrays.asList((String[]) rs.getArray(6).getArray()));
            }
        }
        Map<String, QualificationFacts> complete = new HashMap<>();
        facts.forEach((id, f) -> complete.put(id,
                new QualificationFacts(f.issuerId(), f.name(), f.creditsRequired(), nested.get(id))));
        return Map.copyOf(complete);
    }
}
