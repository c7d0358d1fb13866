package org.credstack.recognition.learner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;

/** The catalogue's row of an achievement: its newest published version, and whether it was retired. */
final class AchievementCatalogRows {

    private AchievementCatalogRows() {
    }

    static void apply(Connection c, String table, Object event) throws SQLException {
        if (event instanceof AchievementPublished published) {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + table + " AS a (achievement_id,"
                    + " issuer_id, version, name, credits, eqf_level, retired) VALUES (?, ?, ?, ?, ?, ?, false)"
                    + " ON CONFLICT (achievement_id) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,"
                    + " credits = EXCLUDED.credits, eqf_level = EXCLUDED.eqf_level, retired = false"
                    + " WHERE a.version < EXCLUDED.version")) {
                upsert.setString(1, published.achievementId());
                upsert.setString(2, published.issuerId());
                upsert.setInt(3, published.version());
                upsert.setString(4, published.achievement().name());
                upsert.setBigDecimal(5, published.achievement().creditsAvailable());
                upsert.setObject(6, published.achievement().eqfLevel(), Types.INTEGER);
                upsert.executeUpdate();
            }
        } else if (event instanceof AchievementRetired retired) {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET retired = true"
                    + " WHERE achievement_id = ? AND version <= ?")) {
                update.setString(1, retired.achievementId());
                update.setInt(2, retired.version());
                update.executeUpdate();
            }
        }
    }
}
