package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.recognition.qualification.domain.AchievementCatalog.AchievementFacts;
import org.credstack.recognition.qualification.domain.QualificationGraph.QualificationFacts;

/**
 * A small world for the qualification tests: Demo University's data science micro-credentials (5 ECTS each, EQF 6
 * unless stated), a partner college's equivalent course, and learner credentials issued a year before {@link #AT}.
 */
final class Examples {

    static final String ISSUER = "demo-university";
    static final String PARTNER = "partner-college";
    static final String QUALIFICATION = "q-data-science";
    static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant ISSUED = Instant.parse("2025-06-01T00:00:00Z");

    static final String TARGET = "a-certificate";
    static final String STATS = "a-statistics";
    static final String PYTHON = "a-python";
    static final String ETHICS = "a-data-ethics";
    static final String ML = "a-machine-learning";
    static final String VIS = "a-visualisation";
    static final String SQL = "a-sql";
    static final String INTRO = "a-intro-computing";
    static final String PARTNER_STATS = "p-statistics";

    static final Map<String, AchievementFacts> ACHIEVEMENTS = new HashMap<>(Map.of(
            TARGET, new AchievementFacts(ISSUER, "Certificate in Data Science", credits("15"), 6),
            STATS, new AchievementFacts(ISSUER, "Statistics", credits("5"), 6),
            PYTHON, new AchievementFacts(ISSUER, "Python", credits("5"), 6),
            ETHICS, new AchievementFacts(ISSUER, "Data Ethics", credits("5"), 6),
            ML, new AchievementFacts(ISSUER, "Machine Learning", credits("5"), 6),
            VIS, new AchievementFacts(ISSUER, "Visualisation", credits("5"), 6),
            SQL, new AchievementFacts(ISSUER, "SQL", credits("2.5"), 6),
            INTRO, new AchievementFacts(ISSUER, "Introduction to Computing", credits("5"), 5),
            PARTNER_STATS, new AchievementFacts(PARTNER, "Applied Statistics", credits("6"), 6)));

    static final AchievementCatalog CATALOG = id -> Optional.ofNullable(ACHIEVEMENTS.get(id));

    /** No other qualification exists. */
    static final QualificationGraph NO_QUALIFICATIONS = id -> Optional.empty();

    private Examples() {
    }

    static BigDecimal credits(String amount) {
        return new BigDecimal(amount);
    }

    static QualificationGraph graph(Map<String, QualificationFacts> qualifications) {
        return id -> Optional.ofNullable(qualifications.get(id));
    }

    static QualificationFacts nested(String name, String credits, String... componentQualificationIds) {
        return new QualificationFacts(ISSUER, name, credits(credits), Set.of(componentQualificationIds));
    }

    static QualificationRules rules(List<Component> required, List<ElectiveGroup> groups) {
        return new QualificationRules(required, groups, null, null, null, null);
    }

    /** Statistics and Python required, 2 of Data Ethics, Machine Learning, Visualisation: 20 credits. */
    static QualificationDefinition certificate() {
        return definition("20", rules(List.of(Component.achievement(STATS), Component.achievement(PYTHON)),
                List.of(ElectiveGroup.choose("Data electives", 2, List.of(Component.achievement(ETHICS),
                        Component.achievement(ML), Component.achievement(VIS))))));
    }

    static QualificationDefinition definition(String creditsRequired, QualificationRules rules) {
        return new QualificationDefinition("Certificate in Data Science", TARGET,
                creditsRequired == null ? null : credits(creditsRequired), AwardPolicy.CONFIRMED, rules);
    }

    static HeldCredential credential(String id, String achievementId) {
        AchievementFacts facts = ACHIEVEMENTS.get(achievementId);
        return new HeldCredential(id, facts.issuerId(), achievementId, facts.credits(), facts.eqfLevel(), ISSUED,
                CredentialStatus.ACTIVE, null);
    }

    static HeldCredential withStatus(HeldCredential c, CredentialStatus status) {
        return new HeldCredential(c.credentialId(), c.issuerId(), c.achievementId(), c.credits(), c.eqfLevel(),
                c.issuedAt(), status, c.validUntil());
    }

    static HeldCredential issuedAt(HeldCredential c, Instant issuedAt) {
        return new HeldCredential(c.credentialId(), c.issuerId(), c.achievementId(), c.credits(), c.eqfLevel(),
                issuedAt, c.status(), c.validUntil());
    }

    static HeldCredential withEqf(HeldCredential c, Integer eqfLevel) {
        return new HeldCredential(c.credentialId(), c.issuerId(), c.achievementId(), c.credits(), eqfLevel,
                c.issuedAt(), c.status(), c.validUntil());
    }

    static HeldCredential withCredits(HeldCredential c, String credits) {
        return new HeldCredential(c.credentialId(), c.issuerId(), c.achievementId(), credits(credits), c.eqfLevel(),
                c.issuedAt(), c.status(), c.validUntil());
    }

    static Progress evaluate(QualificationDefinition definition, LearnerEvidence evidence) {
        return new ProgressEvaluator(CATALOG, NO_QUALIFICATIONS).evaluate(QUALIFICATION, definition, evidence, AT);
    }

    static Progress evaluate(QualificationDefinition definition, HeldCredential... credentials) {
        return evaluate(definition, LearnerEvidence.of(List.of(credentials)));
    }

    static RuleOutcome outcome(Progress progress, String rule) {
        return progress.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }
}
