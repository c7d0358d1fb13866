package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credstack.recognition.qualification.domain.Examples.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credstack.events.recognition.AwardPolicy;
import org.junit.jupiter.api.Test;

/** A qualification counts inside another when the learner is eligible for it, with the credentials it used. */
class NestedQualificationTest {

    private static final String DIPLOMA = "q-diploma";
    private static final ProgressEvaluator EVALUATOR = new ProgressEvaluator(CATALOG,
            graph(Map.of(QUALIFICATION, nested("Certificate in Data Science", "20"))));

    /** The certificate, SQL required; Statistics or Visualisation as an elective; 25 credits. */
    private static QualificationDefinition diploma() {
        return new QualificationDefinition("Diploma in Data", TARGET, credits("25"), AwardPolicy.AUTOMATIC,
                rules(List.of(Component.qualification(QUALIFICATION), Component.achievement(SQL)),
                        List.of(ElectiveGroup.choose("Extra", 1,
                                List.of(Component.achievement(STATS), Component.achievement(VIS))))));
    }

    private static List<HeldCredential> certificateCredentials() {
        return List.of(credential("c-1", STATS), credential("c-2", PYTHON), credential("c-3", ETHICS),
                credential("c-4", ML));
    }

    @Test
    void a_nested_qualification_counts_for_its_credits_and_takes_its_credentials_along() {
        Progress certificate = EVALUATOR.evaluate(QUALIFICATION, certificate(),
                LearnerEvidence.of(certificateCredentials()), AT);
        List<HeldCredential> all = new ArrayList<>(certificateCredentials());
        all.add(credential("c-5", SQL));
        all.add(credential("c-6", VIS));

        Progress diploma = EVALUATOR.evaluate(DIPLOMA, diploma(), new LearnerEvidence(all, null, null,
                List.of(EligibleQualification.of(QUALIFICATION, certificate))), AT);

        assertThat(diploma.eligible()).isTrue();
        assertThat(diploma.counted().get(0)).isEqualTo(new CountedCredit(CreditSource.QUALIFICATION, QUALIFICATION,
                null, QUALIFICATION, credits("20"), credits("0")));
        assertThat(diploma.countedCredentialIds()).containsExactly("c-1", "c-2", "c-3", "c-4", "c-5", "c-6");
        assertThat(diploma.totalCredits()).isEqualTo(credits("27.5"));
    }

    @Test
    void a_credential_the_nested_qualification_used_does_not_count_again() {
        Progress certificate = EVALUATOR.evaluate(QUALIFICATION, certificate(),
                LearnerEvidence.of(certificateCredentials()), AT);
        List<HeldCredential> all = new ArrayList<>(certificateCredentials());
        all.add(credential("c-5", SQL));

        Progress diploma = EVALUATOR.evaluate(DIPLOMA, diploma(), new LearnerEvidence(all, null, null,
                List.of(EligibleQualification.of(QUALIFICATION, certificate))), AT);

        assertThat(outcome(diploma, "choose").missing()).isEqualTo("1 more of: 'Statistics', 'Visualisation'");
        assertThat(diploma.notCounted()).containsExactly(
                new NotCounted("c-1", STATS, "already counted for 'Certificate in Data Science'"));
    }

    @Test
    void a_nested_qualification_not_yet_reached_is_missing_by_name() {
        Progress diploma = EVALUATOR.evaluate(DIPLOMA, diploma(), LearnerEvidence.of(List.of(
                credential("c-5", SQL), credential("c-6", VIS))), AT);

        assertThat(outcome(diploma, "required").missing()).isEqualTo("still needed: 'Certificate in Data Science'");
        assertThat(diploma.eligible()).isFalse();
    }

    @Test
    void only_eligibility_makes_a_nested_qualification_count() {
        Progress halfway = EVALUATOR.evaluate(QUALIFICATION, certificate(),
                LearnerEvidence.of(List.of(credential("c-1", STATS))), AT);

        assertThatThrownBy(() -> EligibleQualification.of(QUALIFICATION, halfway))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
