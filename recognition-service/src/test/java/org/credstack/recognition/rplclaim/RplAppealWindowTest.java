package org.credstack.recognition.rplclaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.rplclaim.RplScenario.decidedClaim;
import static org.credstack.recognition.rplclaim.RplScenario.email;
import static org.credstack.recognition.rplclaim.RplScenario.institution;
import static org.credstack.recognition.rplclaim.RplScenario.learner;
import static org.credstack.recognition.rplclaim.RplScenario.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/** The appeal window, shortened to one second by configuration (credstack.rpl.appeal-window). */
@QuarkusTest
@TestProfile(RplAppealWindowTest.OneSecondWindow.class)
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class RplAppealWindowTest {

    @Inject
    StoredRows rows;

    public static class OneSecondWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credstack.rpl.appeal-window", "PT1S");
        }
    }

    @Test
    void an_appeal_after_the_window_is_refused_and_leaves_the_decision_standing() throws InterruptedException {
        String email = email();
        String id = decidedClaim(email, institution(), "window-assessor");
        Thread.sleep(1_500); // past the configured window: the service's clock decides, not the test's

        post(learner(email), id, "appeal", Map.of("reason", "Too late, I know")).statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("appeal-window-closed"));
        learner(email).get("/v1/rpl-claims/" + id).then().statusCode(200).body("state", equalTo("DECIDED"))
                .body("appeal", nullValue());
        assertThat(rows.count("rpl_claim_text", id)).isEqualTo(2); // the two narratives, no appeal reason
    }
}
