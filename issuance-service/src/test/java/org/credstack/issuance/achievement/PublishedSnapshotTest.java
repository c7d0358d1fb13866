package org.credstack.issuance.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import org.credstack.events.EventJson;
import org.credstack.issuance.achievement.domain.AchievementDefinition;
import org.junit.jupiter.api.Test;

/** Internal events keep the whole definition through the event store's JSON, unchanged. */
class PublishedSnapshotTest {

    @Test
    void a_definition_survives_the_event_store_json() throws Exception {
        String json = EventJson.mapper().writeValueAsString(AchievementTest.V1);
        assertThat(EventJson.mapper().readValue(json, AchievementDefinition.class)).isEqualTo(AchievementTest.V1);
        assertThat(json).contains("\"validity\":\"P2Y\"", "\"creditsAvailable\":3.5", "\"achievementType\":"
                + "\"MicroCredential\"", "\"formOfParticipation\":\"ONLINE\"");
    }

    @Test
    void the_snapshot_carries_the_ob_type_name_and_the_credits() {
        var snapshot = AchievementTest.V1.toSnapshot();
        assertThat(snapshot.achievementType()).isEqualTo("MicroCredential");
        assertThat(snapshot.creditsAvailable()).isEqualByComparingTo("3.5");
        assertThat(snapshot.skills()).containsExactly(AchievementTest.SKILL);
    }
}
