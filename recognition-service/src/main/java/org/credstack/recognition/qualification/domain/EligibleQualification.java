package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A qualification the learner is eligible for (or was awarded), so that it can count as a component of another. It
 * counts for {@code credits} and takes its counted credentials with it: none of them counts again elsewhere.
 */
public record EligibleQualification(String qualificationId, BigDecimal credits, List<String> countedCredentialIds) {

    public EligibleQualification {
        countedCredentialIds = countedCredentialIds == null ? List.of() : List.copyOf(countedCredentialIds);
    }

    /** From the nested qualification's own progress: it counts for its creditsRequired. */
    public static EligibleQualification of(String qualificationId, Progress progress) {
        if (!progress.eligible()) {
            throw new IllegalArgumentException("The learner is not eligible for qualification " + qualificationId);
        }
        return new EligibleQualification(qualificationId, progress.creditsRequired(), progress.countedCredentialIds());
    }
}
