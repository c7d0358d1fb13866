package org.credstack.recognition.qualification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.credstack.recognition.catalog.CatalogQualifications;
import org.credstack.recognition.catalog.Revisions;
import org.credstack.recognition.catalog.RevisionedCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published versions of every qualification, for the progress engine, which asks on every evaluation. Served
 * from memory: reloaded after a publication through this replica, and after one through another replica once the
 * revision counter shows it ({@code credstack.recognition.cache.recheck-interval}).
 */
@ApplicationScoped
public class PublishedQualifications {

    /** Versions by qualification, oldest first; every list computed once per load, since reads are frequent. */
    private record Snapshot(Map<String, List<PublishedQualification>> byQualification,
            List<PublishedQualification> all, List<PublishedQualification> latest) {

        static Snapshot of(Map<String, List<PublishedQualification>> byQualification) {
            Map<String, List<PublishedQualification>> frozen = new LinkedHashMap<>();
            List<PublishedQualification> all = new ArrayList<>();
            List<PublishedQualification> latest = new ArrayList<>();
            byQualification.forEach((id, versions) -> {
                frozen.put(id, List.copyOf(versions));
                all.addAll(versions);
                latest.add(versions.get(versions.size() - 1));
            });
            return new Snapshot(Collections.unmodifiableMap(frozen), List.copyOf(all), List.copyOf(latest));
        }
    }

    @Inject
    Revisions revisions;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "credstack.recognition.cache.recheck-interval", defaultValue = "PT1S")
    Duration recheck;

    private RevisionedCache<Snapshot> cache;

    @PostConstruct
    void init() {
        cache = new RevisionedCache<>(CatalogQualifications.REVISION, revisions, dataSource, recheck,
                PublishedQualifications::load);
    }

    /** Every published version of every qualification, oldest first per qualification. */
    public List<PublishedQualification> all() {
        return cache.get().all();
    }

    /** The published versions of one qualification, oldest first; empty if none is published. */
    public List<PublishedQualification> versions(String qualificationId) {
        return cache.get().byQualification().getOrDefault(qualificationId, List.of());
    }

    /** The version of the qualification in force at the instant (the newest published at or before it). */
    public Optional<PublishedQualification> inForceAt(String qualificationId, Instant at) {
        PublishedQualification inForce = null;
        for (PublishedQualification v : cache.get().byQualification().getOrDefault(qualificationId, List.of())) {
            if (!v.publishedAt().isAfter(at)) {
                inForce = v;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** The newest published version of each qualification. */
    public List<PublishedQualification> latest() {
        return cache.get().latest();
    }

    private static Snapshot load(Connection c) throws SQLException {
        Map<String, List<PublishedQualification>> byQualification = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT v.qualification_id, q.issuer_id, v.version,"
                + " CAST(v.definition AS text), v.published_at FROM qualification_version v JOIN qualification q"
                + " ON q.qualification_id = v.qualification_id WHERE v.published_at IS NOT NULL"
                + " ORDER BY v.qualification_id, v.version");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                byQualification.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new PublishedQualification(rs.getString(1), rs.getString(2), rs.getInt(3),
                                DefinitionJson.read(rs.getString(4)), rs.getTimestamp(5).toInstant()));
            }
        }
        return Snapshot.of(byQualification);
    }
}
