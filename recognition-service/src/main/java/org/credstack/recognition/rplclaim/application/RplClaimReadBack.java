package org.credstack.recognition.rplclaim.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credstack.recognition.rplclaim.application.RplClaimDetails.Appeal;
import org.credstack.recognition.rplclaim.application.RplClaimDetails.Assessment;
import org.credstack.recognition.rplclaim.application.RplClaimDetails.Decision;
import org.credstack.recognition.rplclaim.application.RplClaimDetails.EvidenceItem;
import org.credstack.recognition.rplclaim.application.RplClaimDetails.Outcome;
import org.credstack.recognition.rplclaim.application.RplClaimDetails.Step;
import org.credstack.recognition.rplclaim.domain.Evidence;
import org.credstack.recognition.rplclaim.domain.LearningOutcome;
import org.credstack.recognition.rplclaim.domain.OutcomeAssessment;
import org.credstack.recognition.rplclaim.domain.RplAssessorAssigned;
import org.credstack.recognition.rplclaim.domain.RplClaimDecided;
import org.credstack.recognition.rplclaim.domain.RplClaimEvent;
import org.credstack.recognition.rplclaim.domain.RplClaimHistory;
import org.credstack.recognition.rplclaim.domain.RplClaimReturnedIncomplete;
import org.credstack.recognition.rplclaim.domain.RplClaimState;
import org.credstack.recognition.rplclaim.domain.RplClaimSubmitted;
import org.credstack.recognition.rplclaim.domain.RplDecisionAppealed;
import org.credstack.recognition.rplclaim.domain.RplEvidenceAdded;
import org.credstack.recognition.rplclaim.domain.RplOutcomeAssessed;
import org.credstack.recognition.rplclaim.domain.TimelineEntry;

/** Folds a claim's event payloads, in stream order, into {@link RplClaimDetails}, joining the learner's texts. */
final class RplClaimReadBack {

    private final RplTexts.ClaimTexts texts;
    private RplClaimSubmitted submitted;
    private RplClaimState state;
    private String assessor;
    private final Map<String, List<Assessment>> assessments = new LinkedHashMap<>();
    private final List<EvidenceItem> evidence = new ArrayList<>();
    private List<String> missing;
    private final List<Decision> decisions = new ArrayList<>();
    private Appeal appeal;

    private RplClaimReadBack(RplTexts.ClaimTexts texts) {
        this.texts = texts;
    }

    /** The details of the claim whose stream {@code payloads} is; it starts with RplClaimSubmitted. */
    static RplClaimDetails of(List<?> payloads, RplTexts.ClaimTexts texts) {
        RplClaimReadBack fold = new RplClaimReadBack(texts);
        List<RplClaimEvent> events = new ArrayList<>();
        for (Object payload : payloads) {
            if (payload instanceof RplClaimEvent event) {
                fold.apply(event);
                events.add(event);
            }
        }
        return fold.details(events, RplClaimHistory.of(events));
    }

    private void apply(RplClaimEvent event) {
        state = state == null ? RplClaimState.SUBMITTED : state.require(event.step());
        if (event instanceof RplClaimSubmitted s) {
            submitted = s;
            s.outcomes().forEach(o -> assessments.put(o.outcomeId(), new ArrayList<>()));
            s.evidence().forEach(e -> evidence.add(EvidenceItem.of(e, detail(e), s.at())));
        } else if (event instanceof RplEvidenceAdded added) {
            evidence.add(EvidenceItem.of(added.evidence(), detail(added.evidence()), added.at()));
        } else if (event instanceof RplClaimReturnedIncomplete returned) {
            missing = returned.missing();
        } else if (event instanceof RplAssessorAssigned assigned) {
            assessor = assigned.assessorSubject();
            if (assigned.appeal() && appeal != null) {
                appeal = new Appeal(appeal.appealedAt(), appeal.reason(), assigned.assessorSubject());
            }
        } else if (event instanceof RplOutcomeAssessed assessed) {
            for (OutcomeAssessment a : assessed.assessments()) {
                assessments.get(a.outcomeId()).add(new Assessment(a.verdict(), a.comment(), assessed.actor(),
                        assessed.at(), assessed.appeal()));
            }
        } else if (event instanceof RplClaimDecided decided) {
            decisions.add(new Decision(decided.outcome(), decided.creditsAwarded(), decided.rationale(),
                    decided.appeal(), decided.actor(), decided.at()));
        } else if (event instanceof RplDecisionAppealed appealed) {
            appeal = new Appeal(appealed.at(), texts.appealReason(), null);
        }
        if (state != RplClaimState.RETURNED) {
            missing = null; // what was missing is history once the claim moved on
        }
    }

    private RplTexts.Detail detail(Evidence evidence) {
        return texts.evidence().get(evidence.key());
    }

    private RplClaimDetails details(List<RplClaimEvent> events, RplClaimHistory history) {
        List<Outcome> outcomes = submitted.outcomes().stream().map(o -> new Outcome(o.outcomeId(), o.statement(),
                texts.narratives().get(o.outcomeId()), List.copyOf(assessments.get(o.outcomeId())))).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEntry entry = history.entries().get(i);
            steps.add(new Step(entry.at(), entry.actor(), entry.step(), entry.details(), texts(events.get(i))));
        }
        return new RplClaimDetails(submitted.claimId(), state, submitted.issuerId(), submitted.qualificationId(),
                submitted.achievementId(), submitted.creditsClaimed(), submitted.actor(), submitted.at(), assessor,
                outcomes, List.copyOf(evidence), missing, List.copyOf(decisions), appeal, steps);
    }

    /** What the learner wrote for this step, from the mutable tables: nothing once erased. */
    private Map<String, String> texts(RplClaimEvent event) {
        Map<String, String> joined = new LinkedHashMap<>();
        if (event instanceof RplClaimSubmitted s) {
            for (LearningOutcome outcome : s.outcomes()) {
                put(joined, "narrative " + outcome.outcomeId(), texts.narratives().get(outcome.outcomeId()));
            }
            s.evidence().forEach(e -> evidenceText(joined, e));
        } else if (event instanceof RplEvidenceAdded added) {
            evidenceText(joined, added.evidence());
        } else if (event instanceof RplDecisionAppealed) {
            put(joined, "reason", texts.appealReason());
        }
        return joined;
    }

    private void evidenceText(Map<String, String> joined, Evidence evidence) {
        RplTexts.Detail detail = detail(evidence);
        if (detail != null) {
            put(joined, evidence.key() + " name", detail.name());
            put(joined, evidence.key() + " url", detail.url());
        }
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
