package org.credstack.recognition.rplclaim.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.credstack.events.RecipientRef;
import org.credstack.platform.domain.DomainRuleViolation;

/** What makes a submitted claim assessable at all: one target, a positive claim, a narrative for every outcome. */
final class SubmissionRules {

    private SubmissionRules() {
    }

    static void check(SubmitRplClaim claim) {
        boolean toQualification = claim.qualificationId() != null;
        String target = toQualification ? claim.qualificationId() : claim.achievementId();
        if (toQualification == (claim.achievementId() != null) || target.isBlank()) {
            throw invalid("one-target-required", "A claim is toward exactly one qualification or achievement");
        }
        if (claim.creditsClaimed() == null || claim.creditsClaimed().signum() <= 0) {
            throw invalid("credits-claimed-not-positive", "A claim asks for more than zero credits");
        }
        // They reach the published decision, whose contract admits recipientRefs only (never an address).
        if (claim.recipientRefs().isEmpty() || !claim.recipientRefs().stream().allMatch(RecipientRef::isValid)) {
            throw invalid("recipient-refs-invalid", "A claim names the learner by their recipientRefs");
        }
        if (claim.outcomes().isEmpty()) {
            throw invalid("outcomes-required", "A claim names the learning outcomes it claims");
        }
        Set<String> claimed = new HashSet<>();
        for (LearningOutcome outcome : claim.outcomes()) {
            if (!claimed.add(outcome.outcomeId())) {
                throw invalid("outcome-duplicated", "Outcome " + outcome.outcomeId() + " is claimed twice");
            }
        }
        checkNarrative(claim, claimed);
    }

    /** The narrative maps every claimed outcome, and only those, to the learner's experience. */
    private static void checkNarrative(SubmitRplClaim claim, Set<String> claimed) {
        Map<String, String> texts = new HashMap<>();
        for (NarrativeEntry entry : claim.narrative()) {
            if (!claimed.contains(entry.outcomeId())) {
                throw invalid("outcome-not-claimed", "Outcome " + entry.outcomeId() + " is not part of the claim");
            }
            if (texts.put(entry.outcomeId(), entry.text()) != null) {
                throw invalid("outcome-duplicated", "Outcome " + entry.outcomeId() + " has two narratives");
            }
        }
        for (String outcomeId : claimed) {
            String text = texts.get(outcomeId);
            if (text == null || text.isBlank()) {
                throw invalid("narrative-incomplete", "Outcome " + outcomeId + " has no narrative");
            }
        }
    }

    private static DomainRuleViolation invalid(String rule, String message) {
        return new DomainRuleViolation(rule, message, DomainRuleViolation.Kind.INVALID);
    }
}
