package org.credstack.recognition.qualification.domain;

import java.util.List;

/**
 * Everything that may count for one learner: their credentials, their decided RPL claims, the institution's credit
 * transfer rules and the qualifications they are already eligible for.
 */
public record LearnerEvidence(List<HeldCredential> credentials, List<RplCredit> rplCredits,
        List<CreditEquivalence> equivalences, List<EligibleQualification> qualifications) {

    public LearnerEvidence {
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        rplCredits = rplCredits == null ? List.of() : List.copyOf(rplCredits);
        equivalences = equivalences == null ? List.of() : List.copyOf(equivalences);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    public static LearnerEvidence of(List<HeldCredential> credentials) {
        return new LearnerEvidence(credentials, null, null, null);
    }
}
