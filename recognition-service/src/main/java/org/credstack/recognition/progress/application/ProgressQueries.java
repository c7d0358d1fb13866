package org.credstack.recognition.progress.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.recognition.progress.Evaluated;
import org.credstack.recognition.learner.Learner;
import org.credstack.recognition.progress.LearnerRecords;
import org.credstack.recognition.learner.Learners;
import org.credstack.recognition.progress.ProgressEngine;
import org.credstack.recognition.progress.api.ProgressResponse;

/** Progress as staff read it (stored, as their institution may see it) and as the learner reads it (live). */
@ApplicationScoped
public class ProgressQueries {

    @Inject
    EntityManager em;
    @Inject
    Learners learners;
    @Inject
    LearnerRecords records;
    @Inject
    ProgressEngine engine;
    @Inject
    RecipientRefs refs;
    @Inject
    ObjectMapper json;

    private final Clock clock = Clock.systemUTC();

    public List<ProgressResponse> ofLearner(String tenant, String recipientRef) {
        Learner learner = learners.resolve(recipientRef);
        return NativeRows.select(em, "SELECT qualification_id, issuer_id, version, eligible, credits_required,"
                        + " total_credits, CAST(progress AS text), evaluated_at FROM learner_progress"
                        + " WHERE learner_id = ?1 AND issuer_id = ?2 ORDER BY qualification_id", learner.id(), tenant)
                .stream().map(r -> new ProgressResponse((String) r[0], (String) r[1], null, ((Number) r[2]).intValue(),
                        (Boolean) r[3], (BigDecimal) r[4], (BigDecimal) r[5], tree((String) r[6]),
                        NativeRows.instant(r[7]))).toList();
    }

    public List<ProgressResponse> mine(String verifiedEmail) {
        Learner learner = learners.resolve(refs.of(verifiedEmail));
        List<Evaluated> evaluated = engine.forLearner(learner, records.credentials(learner.recipientRefs()).stream()
                .map(LearnerRecords.Held::credential).toList(), clock.instant());
        return evaluated.stream().filter(e -> e.progress().eligible() || !e.progress().counted().isEmpty())
                .map(e -> new ProgressResponse(e.qualification().qualificationId(), e.qualification().issuerId(),
                        e.qualification().definition().name(), e.qualification().version(), e.progress().eligible(),
                        e.progress().creditsRequired(), e.progress().totalCredits(), json.valueToTree(e.progress()),
                        clock.instant())).toList();
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored progress is not JSON", e);
        }
    }
}
