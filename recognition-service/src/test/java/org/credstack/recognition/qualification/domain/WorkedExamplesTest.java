package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credstack.recognition.qualification.domain.AchievementCatalog.AchievementFacts;
import org.credstack.recognition.qualification.domain.QualificationGraph.QualificationFacts;
import org.junit.jupiter.api.Test;

/** The two worked examples of docs/recognition.md, so that the document says what the code does. */
class WorkedExamplesTest {

    static final String DEMO = "demo-university";
    static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    static final Map<String, AchievementFacts> ACHIEVEMENTS = Map.ofEntries(
            Map.entry("ach-cert-analytics", facts(DEMO, "Certificate in Data Analytics", "15", 6)),
            Map.entry("ach-diploma", facts(DEMO, "Diploma in Applied Data Science", "60", 6)),
            Map.entry("ach-statistics", facts(DEMO, "Statistics for Data Analysis", "5", 6)),
            Map.entry("ach-python", facts(DEMO, "Python for Data Analysis", "5", 6)),
            Map.entry("ach-visualisation", facts(DEMO, "Data Visualisation", "5", 6)),
            Map.entry("ach-research-methods", facts(DEMO, "Research Methods", "10", 6)),
            Map.entry("ach-machine-learning", facts(DEMO, "Machine Learning", "5", 6)),
            Map.entry("ach-data-ethics", facts(DEMO, "Data Ethics", "5", 6)),
            Map.entry("ach-cloud", facts(DEMO, "Cloud Computing", "5", 6)),
            Map.entry("ach-nlp", facts(DEMO, "Natural Language Processing", "5", 6)),
            Map.entry("ach-capstone", facts(DEMO, "Capstone Project", "15", 6)),
            Map.entry("ach-internship", facts(DEMO, "Internship", "15", 5)),
            Map.entry("ach-partner-aml", facts("partner-college", "Applied Machine Learning", "6", 6)));
    static final AchievementCatalog CATALOG = id -> Optional.ofNullable(ACHIEVEMENTS.get(id));
    static final QualificationGraph GRAPH = id -> Optional.ofNullable(Map.of("qual-cert-analytics",
            new QualificationFacts(DEMO, "Certificate in Data Analytics", new BigDecimal("15"), Set.of())).get(id));

    static final String CERTIFICATE = """
            {
              "name": "Certificate in Data Analytics",
              "targetAchievementId": "ach-cert-analytics",
              "creditsRequired": 15,
              "awardPolicy": "AUTOMATIC",
              "rules": {
                "required": [
                  { "achievementId": "ach-statistics" },
                  { "achievementId": "ach-python" },
                  { "achievementId": "ach-visualisation" }
                ]
              }
            }""";

    static final String DIPLOMA = """
            {
              "name": "Diploma in Applied Data Science",
              "targetAchievementId": "ach-diploma",
              "creditsRequired": 60,
              "awardPolicy": "CONFIRMED",
              "rules": {
                "required": [
                  { "qualificationId": "qual-cert-analytics" },
                  { "achievementId": "ach-research-methods" }
                ],
                "electiveGroups": [
                  { "name": "Data electives", "choose": 2,
                    "components": [ { "achievementId": "ach-machine-learning" }, { "achievementId": "ach-data-ethics" },
                                    { "achievementId": "ach-cloud" }, { "achievementId": "ach-nlp" } ] },
                  { "name": "Project", "minCredits": 15,
                    "components": [ { "achievementId": "ach-capstone" },
                                    { "achievementId": "ach-internship", "minEqfLevel": 5 } ] }
                ],
                "minEqfLevel": 6,
                "recencyYears": 5,
                "maxRplShare": 0.25,
                "acceptedEquivalents": [
                  { "issuerId": "partner-college", "achievementId": "ach-partner-aml",
                    "countsAs": "ach-machine-learning", "credits": 5 }
                ]
              }
            }""";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ProgressEvaluator evaluator = new ProgressEvaluator(CATALOG, GRAPH);

    static AchievementFacts facts(String issuer, String name, String credits, int eqf) {
        return new AchievementFacts(issuer, name, new BigDecimal(credits), eqf);
    }

    static HeldCredential held(String id, String achievementId, String issuedAt) {
        AchievementFacts f = ACHIEVEMENTS.get(achievementId);
        return new HeldCredential(id, f.issuerId(), achievementId, f.credits(), f.eqfLevel(),
                Instant.parse(issuedAt + "T10:00:00Z"), CredentialStatus.ACTIVE, null);
    }

    static List<HeldCredential> certificateCredentials() {
        return List.of(held("cred-101", "ach-statistics", "2025-02-14"), held("cred-102", "ach-python", "2025-06-20"),
                held("cred-103", "ach-visualisation", "2025-11-07"));
    }

    static CountedCredit counted(CreditSource source, String item, String component, String credits, String cut) {
        return new CountedCredit(source, item, null, component, new BigDecimal(credits), new BigDecimal(cut));
    }

    QualificationDefinition read(String json) throws Exception {
        return mapper.readValue(json, QualificationDefinition.class);
    }

    @Test
    void the_certificate_of_three_micro_credentials() throws Exception {
        QualificationDefinition certificate = read(CERTIFICATE);
        assertThat(new RuleCheck(CATALOG, GRAPH).problems("qual-cert-analytics", DEMO, certificate)).isEmpty();

        Progress halfway = evaluator.evaluate("qual-cert-analytics", certificate,
                LearnerEvidence.of(certificateCredentials().subList(0, 2)), AT);
        assertThat(halfway.eligible()).isFalse();
        assertThat(halfway.rules()).extracting(RuleOutcome::missing)
                .containsExactly("still needed: 'Data Visualisation'", "5.0 more credits");

        Progress done = evaluator.evaluate("qual-cert-analytics", certificate,
                LearnerEvidence.of(certificateCredentials()), AT);
        assertThat(done.eligible()).isTrue();
        assertThat(done.countedCredentialIds()).containsExactly("cred-101", "cred-102", "cred-103");
    }

    @Test
    void the_diploma_with_electives_eqf_recency_an_rpl_cap_and_an_equivalent() throws Exception {
        QualificationDefinition diploma = read(DIPLOMA);
        assertThat(new RuleCheck(CATALOG, GRAPH).problems("qual-diploma", DEMO, diploma)).isEmpty();
        Progress certificate = evaluator.evaluate("qual-cert-analytics", read(CERTIFICATE),
                LearnerEvidence.of(certificateCredentials()), AT);
        HeldCredential olderEthics = new HeldCredential("cred-203", DEMO, "ach-data-ethics", new BigDecimal("5"), 5,
                Instant.parse("2024-01-20T10:00:00Z"), CredentialStatus.ACTIVE, null);
        List<HeldCredential> held = List.of(held("cred-201", "ach-research-methods", "2025-12-12"),
                held("ext-77", "ach-partner-aml", "2024-09-30"), olderEthics,
                held("cred-204", "ach-cloud", "2020-03-02"));
        RplCredit internship = new RplCredit("rpl-9", null, "ach-internship", new BigDecimal("15"));
        LearnerEvidence evidence = new LearnerEvidence(held, List.of(internship), null,
                List.of(EligibleQualification.of("qual-cert-analytics", certificate)));

        Progress progress = evaluator.evaluate("qual-diploma", diploma, evidence, AT);

        assertThat(progress.eligible()).isFalse();
        assertThat(progress.totalCredits()).isEqualByComparingTo("40");
        assertThat(progress.capApplied()).isTrue();
        assertThat(progress.counted()).containsExactly(
                counted(CreditSource.QUALIFICATION, "qual-cert-analytics", "qual-cert-analytics", "15", "0"),
                counted(CreditSource.CREDENTIAL, "cred-201", "ach-research-methods", "10", "0"),
                counted(CreditSource.ACCEPTED_EQUIVALENT, "ext-77", "ach-machine-learning", "5", "0"),
                counted(CreditSource.RPL, "rpl-9", "ach-internship", "10", "5"));
        assertThat(progress.notCounted()).containsExactly(
                new NotCounted("cred-203", "ach-data-ethics", "EQF level 5 is below the minimum of 6"),
                new NotCounted("cred-204", "ach-cloud", "issued on 2020-03-02, more than 5 years before 2026-06-01"));
        assertThat(progress.rules()).extracting(RuleOutcome::missing).containsExactly(null,
                "1 more of: 'Data Ethics', 'Cloud Computing', 'Natural Language Processing'",
                "5.0 more credits from 'Project'", "20.0 more credits");

        List<HeldCredential> later = new ArrayList<>(held);
        later.add(held("cred-205", "ach-nlp", "2026-03-03"));
        later.add(held("cred-206", "ach-capstone", "2026-05-29"));
        Progress finished = evaluator.evaluate("qual-diploma", diploma, new LearnerEvidence(later,
                List.of(internship), null, evidence.qualifications()), AT);
        assertThat(finished.eligible()).isTrue();
        assertThat(finished.totalCredits()).isEqualByComparingTo("60");
    }
}
