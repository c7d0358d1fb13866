package org.credstack.recognition.rplclaim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIM;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CLAIMANT;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.CREDENTIAL;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.FILE;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.STORY_1;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.appealDecided;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.at;
import static org.credstack.recognition.rplclaim.domain.RplClaimExamples.submittedEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.credstack.events.EventJson;
import org.junit.jupiter.api.Test;

/** The events as the event store keeps them: the platform's JSON mapping, read back to equal records. */
class RplClaimEventJsonTest {

    private static final ObjectMapper JSON = EventJson.mapper().copy();

    @Test
    void every_event_of_a_claim_reads_back_as_it_was_written() throws Exception {
        Evidence.ExternalCredential external = new Evidence.ExternalCredential("urn:uuid:ext-1", false,
                List.of(new Evidence.VerificationCheck("proof", "FAILED")));
        List<Object> events = RplClaimExamples.plus(appealDecided(),
                new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), external),
                new RplEvidenceAdded(CLAIM, CLAIMANT, at(1), Evidence.PortfolioLink.of("https://a.example").recorded()),
                new RplClaimReturnedIncomplete(CLAIM, "staff", at(1), List.of("transcript")),
                new RplClaimErased(CLAIM, "operator", at(2), "wallet-1"));
        for (Object event : events) {
            String json = JSON.writeValueAsString(event);
            assertThat(JSON.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void evidence_is_written_with_its_kind_and_without_the_learners_words() throws Exception {
        String json = JSON.writeValueAsString(submittedEvent(List.of(CREDENTIAL, FILE.recorded(),
                Evidence.PortfolioLink.of("https://ada-lovelace.example.org").recorded())));

        assertThat(json).contains("\"kind\":\"wallet-credential\"", "\"kind\":\"stored-file\"",
                        "\"kind\":\"portfolio-link\"", "\"sha256\":\"" + Sha256.ofText(STORY_1) + "\"")
                .doesNotContain(STORY_1, FILE.name(), "ada-lovelace", "\"step\"", "\"key\"", "\"summary\"");
    }
}
