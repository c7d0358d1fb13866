package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything in the learner's evidence that could fill a component, best first; and the credentials that would
 * fill it but cannot count, with the reason.
 */
final class CandidateFinder {

    private final QualificationRules rules;
    private final LearnerEvidence evidence;
    private final Countability countability;
    private final Set<NotCounted> excluded = new LinkedHashSet<>();

    CandidateFinder(QualificationRules rules, LearnerEvidence evidence, Countability countability) {
        this.rules = rules;
        this.evidence = evidence;
        this.countability = countability;
    }

    List<Candidate> forComponent(Component component) {
        List<Candidate> found = new ArrayList<>();
        if (component.nested()) {
            evidence.qualifications().stream()
                    .filter(q -> q.qualificationId().equals(component.qualificationId()))
                    .forEach(q -> found.add(new Candidate(CreditSource.QUALIFICATION, q.qualificationId(), null,
                            Set.copyOf(q.countedCredentialIds()), q.credits())));
        } else {
            achievementCandidates(component, found);
        }
        found.sort(Candidate.PREFERENCE);
        return found;
    }

    List<NotCounted> excluded() {
        return List.copyOf(excluded);
    }

    private void achievementCandidates(Component component, List<Candidate> found) {
        String id = component.achievementId();
        for (HeldCredential c : evidence.credentials()) {
            if (id.equals(c.achievementId())) {
                consider(component, c, CreditSource.CREDENTIAL, null, c.credits(), found);
            }
        }
        for (AcceptedEquivalent e : rules.acceptedEquivalents()) {
            if (id.equals(e.countsAs())) {
                credentialsOf(e.issuerId(), e.achievementId()).forEach(c ->
                        consider(component, c, CreditSource.ACCEPTED_EQUIVALENT, null, e.credits(), found));
            }
        }
        for (CreditEquivalence e : evidence.equivalences()) {
            if (id.equals(e.countsAs())) {
                credentialsOf(e.issuerId(), e.achievementId()).forEach(c ->
                        consider(component, c, CreditSource.CREDIT_TRANSFER, e.equivalenceId(), e.credits(), found));
            }
        }
        for (RplCredit r : evidence.rplCredits()) {
            if (id.equals(r.achievementId()) && positive(r.credits())) {
                found.add(new Candidate(CreditSource.RPL, r.claimId(), null, Set.of(), r.credits()));
            }
        }
    }

    private void consider(Component component, HeldCredential credential, CreditSource source, String via,
            BigDecimal credits, List<Candidate> found) {
        countability.reasonAgainst(credential, rules.minEqfLevelFor(component)).ifPresentOrElse(
                reason -> excluded.add(new NotCounted(credential.credentialId(), component.key(), reason)),
                () -> found.add(new Candidate(source, credential.credentialId(), via,
                        Set.of(credential.credentialId()), credits)));
    }

    private List<HeldCredential> credentialsOf(String issuerId, String achievementId) {
        return evidence.credentials().stream()
                .filter(c -> achievementId.equals(c.achievementId()) && issuerId.equals(c.issuerId())).toList();
    }

    static boolean positive(BigDecimal credits) {
        return credits != null && credits.signum() > 0;
    }
}
