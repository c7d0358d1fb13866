package org.credstack.recognition.rplclaim.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A claim's history read back from its events: a pure fold, so that the application layer builds it from the
 * event store alone ({@code of(payloads)}) and a projection can grow it one event at a time ({@code with}).
 * It shows what the events hold: references and digests, never the learner's narrative, file names or links.
 */
public record RplClaimHistory(List<TimelineEntry> entries) {

    public RplClaimHistory {
        entries = List.copyOf(entries);
    }

    public static RplClaimHistory empty() {
        return new RplClaimHistory(List.of());
    }

    /**
     * The history of a claim from the payloads of its stream, in order. Anything else in the stream is passed over:
     * the contract {@code RplDecisionMade} repeats what {@link RplClaimDecided} already says.
     */
    public static RplClaimHistory of(Iterable<?> payloads) {
        RplClaimHistory history = empty();
        for (Object payload : payloads) {
            if (payload instanceof RplClaimEvent event) {
                history = history.with(event);
            }
        }
        return history;
    }

    public RplClaimHistory with(RplClaimEvent event) {
        List<TimelineEntry> next = new ArrayList<>(entries);
        next.add(new TimelineEntry(event.at(), event.actor(), event.step(), details(event)));
        return new RplClaimHistory(next);
    }

    private static String details(RplClaimEvent event) {
        if (event instanceof RplClaimSubmitted submitted) {
            String target = submitted.qualificationId() != null
                    ? "qualification " + submitted.qualificationId() : "achievement " + submitted.achievementId();
            return "claims " + submitted.creditsClaimed().toPlainString() + " credits toward " + target + " for "
                    + submitted.outcomes().stream().map(LearningOutcome::outcomeId).collect(Collectors.joining(", "))
                    + evidence(submitted.evidence());
        }
        if (event instanceof RplEvidenceAdded added) {
            return "added " + added.evidence().summary();
        }
        if (event instanceof RplClaimReturnedIncomplete returned) {
            return "returned as incomplete; missing: " + String.join("; ", returned.missing());
        }
        if (event instanceof RplAssessorAssigned assigned) {
            return (assigned.appeal() ? "appeal assessor " : "assessor ") + assigned.assessorSubject() + " assigned";
        }
        if (event instanceof RplOutcomeAssessed assessed) {
            return (assessed.appeal() ? "on appeal: " : "") + assessed.assessments().stream()
                    .map(a -> a.outcomeId() + " " + a.verdict() + " (" + a.comment() + ")")
                    .collect(Collectors.joining("; "));
        }
        if (event instanceof RplClaimDecided decided) {
            return (decided.appeal() ? "appeal decided " : "decided ") + decided.outcome() + ", "
                    + decided.creditsAwarded().toPlainString() + " credits awarded: " + decided.rationale();
        }
        return fixedDetails(event.step());
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.isEmpty() ? ", no evidence yet"
                : ", with " + evidence.stream().map(Evidence::summary).collect(Collectors.joining("; "));
    }

    /** The steps whose events say nothing beyond who and when. */
    private static String fixedDetails(RplStep step) {
        return switch (step) {
            case FIND_COMPLETE -> "found complete";
            case RESUBMIT -> "resubmitted for checking";
            case APPEAL -> "decision appealed (the reason is kept apart from the events)";
            case WITHDRAW -> "withdrawn by the claimant";
            case ERASE -> "the learner was erased: narrative and evidence dropped";
            default -> step.toString();
        };
    }
}
