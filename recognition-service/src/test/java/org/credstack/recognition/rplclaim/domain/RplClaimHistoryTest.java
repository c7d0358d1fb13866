package org.credstack.recognition.rplclaim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.APPEAL_ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.ASSESSOR;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.FILE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.LEARNER;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STAFF;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STORY_1;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.T0;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealDecided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.plus;

import java.util.List;
import org.junit.jupiter.api.Test;

class RplClaimHistoryTest {

    @Test
    void the_history_has_one_entry_per_internal_event_and_passes_over_the_published_decision() {
        RplClaimHistory history = RplClaimHistory.of(appealDecided());

        assertThat(history.entries()).extracting(TimelineEntry::step).containsExactly(RplStep.SUBMIT,
                RplStep.FIND_COMPLETE, RplStep.ASSIGN_ASSESSOR, RplStep.ASSESS, RplStep.ASSESS, RplStep.DECIDE,
                RplStep.APPEAL, RplStep.ASSIGN_APPEAL_ASSESSOR, RplStep.ASSESS, RplStep.DECIDE);
        assertThat(history.entries()).extracting(TimelineEntry::actor).containsExactly(CLAIMANT, STAFF, STAFF,
                ASSESSOR, ASSESSOR, ASSESSOR, CLAIMANT, STAFF, APPEAL_ASSESSOR, APPEAL_ASSESSOR);
        assertThat(history.entries().get(0).at()).isEqualTo(T0);
        assertThat(history.entries().get(9).at()).isEqualTo(at(9));
    }

    @Test
    void each_entry_says_what_the_step_recorded() {
        List<String> details = RplClaimHistory.of(appealDecided()).entries().stream().map(TimelineEntry::details)
                .toList();

        assertThat(details.get(0)).isEqualTo("claims 10 credits toward qualification qual-data-eng for lo-1, lo-2, "
                + "with wallet credential cred-1 under consent consent-1; file file-1 (application/pdf, 2048 bytes, "
                + "SHA-256 " + "b".repeat(64) + ")");
        assertThat(details.get(1)).isEqualTo("found complete");
        assertThat(details.get(2)).isEqualTo("assessor assessor-sub assigned");
        assertThat(details.get(3)).isEqualTo("lo-1 MET (Evidence covers lo-1)");
        assertThat(details.get(5)).startsWith("decided PARTIAL, 5 credits awarded: Schema design evidenced");
        assertThat(details.get(7)).isEqualTo("appeal assessor second-assessor-sub assigned");
        assertThat(details.get(8)).startsWith("on appeal: lo-1 MET");
        assertThat(details.get(9)).isEqualTo("appeal decided FULL, 10 credits awarded: Both met");
    }

    @Test
    void the_history_never_shows_what_the_learner_wrote() {
        Evidence.PortfolioLink link = Evidence.PortfolioLink.of("https://ada-lovelace.example.org");
        List<Object> events = plus(appealDecided(), new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), link.recorded()),
                new RplClaimErased(CLAIM, "operator-sub", at(20), LEARNER));

        RplClaimHistory history = RplClaimHistory.of(events);

        assertThat(history.entries()).extracting(TimelineEntry::details)
                .noneMatch(d -> d.contains(STORY_1) || d.contains(FILE.name()) || d.contains("ada-lovelace"))
                .contains("added portfolio link (SHA-256 " + link.urlSha256() + ")",
                        "the learner was erased: narrative and evidence dropped");
    }

    @Test
    void the_fold_grows_one_event_at_a_time_like_the_whole() {
        RplClaimHistory stepwise = RplClaimHistory.empty();
        for (Object event : appealDecided()) {
            if (event instanceof RplClaimEvent claimEvent) {
                stepwise = stepwise.with(claimEvent);
            }
        }
        assertThat(stepwise).isEqualTo(RplClaimHistory.of(appealDecided()));
        assertThat(RplClaimHistory.of(List.of()).entries()).isEmpty();
    }
}
