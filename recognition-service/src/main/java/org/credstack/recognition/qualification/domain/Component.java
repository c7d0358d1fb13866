package org.credstack.recognition.qualification.domain;

/**
 * One thing a learner must hold: an achievement of any institution, or another qualification (nested stacking: it
 * counts when the learner is eligible for that qualification). Exactly one of the two ids is set.
 *
 * @param minEqfLevel replaces the rules' minimum EQF level for this component only (it may be lower or higher);
 *                    {@code null} keeps the rules' minimum. Meaningless for a qualification, so rejected there
 */
public record Component(String achievementId, String qualificationId, Integer minEqfLevel) {

    public static Component achievement(String achievementId) {
        return new Component(achievementId, null, null);
    }

    public static Component qualification(String qualificationId) {
        return new Component(null, qualificationId, null);
    }

    public Component withMinEqfLevel(Integer level) {
        return new Component(achievementId, qualificationId, level);
    }

    /** The id the component goes by in progress and messages. */
    public String key() {
        return achievementId != null ? achievementId : qualificationId;
    }

    public boolean nested() {
        return achievementId == null && qualificationId != null;
    }
}
