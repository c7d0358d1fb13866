package org.credstack.recognition.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogue;
import static org.credstack.recognition.catalog.TestInstitution.awaitCatalogued;
import static org.credstack.recognition.catalog.TestInstitution.awaitRetired;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.recognition.qualification.domain.AchievementCatalog.AchievementFacts;
import org.junit.jupiter.api.Test;

/** The achievement catalogue the rule check reads: every institution's published achievements, retired ones too. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class CatalogAchievementsTest {

    @Inject
    CatalogAchievements catalog;

    @Test
    void a_published_achievement_is_known_by_its_newest_version_and_stays_known_when_retired() {
        TestInstitution uni = TestInstitution.create();
        String id = uni.publish("Statistics", "5", 6);
        awaitCatalogued(id);
        assertThat(catalog.find(id)).contains(new AchievementFacts(uni.id, "Statistics", new BigDecimal("5.00"), 6));
        assertThat(catalog.retired(id)).isFalse();

        uni.publish(id, 2, "Statistics and Probability", "7.5", null);
        awaitCatalogue(id, facts -> facts.name().equals("Statistics and Probability"));
        assertThat(catalog.find(id).orElseThrow().credits()).isEqualByComparingTo("7.5");
        assertThat(catalog.find(id).orElseThrow().eqfLevel()).isNull();

        uni.retire(id, 2, 2);
        awaitRetired(id);
        assertThat(catalog.find(id)).isPresent();
    }

    @Test
    void an_achievement_never_published_is_unknown() {
        assertThat(catalog.find("ach-never-published")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
        assertThat(catalog.retired("ach-never-published")).isFalse();
    }
}
