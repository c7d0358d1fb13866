package org.credstack.recognition.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.credstack.recognition.learner.LearnerCredentialProjection;
import org.credstack.recognition.qualification.domain.AchievementCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every published achievement of every institution, from the learner-credentials projection's
 * {@code achievement_catalog}. A retired achievement is still known: learners hold its credentials, so rules may
 * still name it. Facts found are reused for a short while (progress evaluations name components on every run); an
 * achievement not found is looked up again each time, so one published a moment ago is found at once.
 */
@ApplicationScoped
public class CatalogAchievements implements AchievementCatalog {

    /** Past this many remembered achievements the memory starts afresh rather than growing without bound. */
    static final int MAX_REMEMBERED = 10_000;

    private record Entry(AchievementFacts facts, boolean retired, long readAt) {
    }

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "credstack.recognition.catalog.cache-ttl", defaultValue = "PT10S")
    Duration ttl;

    private final Map<String, Entry> remembered = new ConcurrentHashMap<>();

    @Override
    public Optional<AchievementFacts> find(String achievementId) {
        return entry(achievementId).map(Entry::facts);
    }

    /** Whether the achievement was retired: it can no longer be issued, so no longer be awarded. */
    public boolean retired(String achievementId) {
        return entry(achievementId).map(Entry::retired).orElse(false);
    }

    private Optional<Entry> entry(String achievementId) {
        if (achievementId == null || achievementId.isBlank()) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Entry known = remembered.get(achievementId);
        if (known != null && now - known.readAt() < ttl.toNanos()) {
            return Optional.of(known);
        }
        if (known != null) {
            refreshAgeing(now);
            return Optional.ofNullable(remembered.get(achievementId));
        }
        Optional<Entry> read = read(achievementId, now);
        if (read.isPresent()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(achievementId, read.get());
        } else {
            remembered.remove(achievementId);
        }
        return read;
    }

    /**
     * Reads again, in one query, every remembered achievement past half its time to live: entries read together
     * expire together, and one evaluation re-reading its 200 components one query each was the slowest re-evaluation
     * of the progress benchmark. An achievement no longer in the catalogue is forgotten.
     */
    private synchronized void refreshAgeing(long now) {
        List<String> ageing = remembered.entrySet().stream()
                .filter(e -> now - e.getValue().readAt() >= ttl.toNanos() / 2).map(Map.Entry::getKey).toList();
        if (ageing.isEmpty()) {
            return; // another thread refreshed them meanwhile
        }
        Map<String, Entry> read = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT achievement_id, issuer_id, name, credits, eqf_level, retired FROM "
                        + LearnerCredentialProjection.CATALOG + " WHERE achievement_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", ageing.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int eqf = rs.getInt(5);
                    Integer eqfLevel = rs.wasNull() ? null : eqf;
                    read.put(rs.getString(1), new Entry(new AchievementFacts(rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), eqfLevel), rs.getBoolean(6), now));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the achievement catalogue", e);
        }
        for (String id : ageing) {
            Entry entry = read.get(id);
            if (entry == null) {
                remembered.remove(id);
            } else {
                remembered.put(id, entry);
            }
        }
    }

    private Optional<Entry> read(String achievementId, long now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT issuer_id, name, credits, eqf_level, retired FROM " + LearnerCredentialProjection.CATALOG
                        + " WHERE achievement_id = ?")) {
            select.setString(1, achievementId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int eqf = rs.getInt(4);
                Integer eqfLevel = rs.wasNull() ? null : eqf;
                return Optional.of(new Entry(new AchievementFacts(rs.getString(1), rs.getString(2),
                        rs.getBigDecimal(3), eqfLevel), rs.getBoolean(5), now));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the achievement catalogue", e);
        }
    }
}
