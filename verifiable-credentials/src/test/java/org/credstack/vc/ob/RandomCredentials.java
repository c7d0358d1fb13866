package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Varied unsigned Open Badges 3.0 credentials from a seed, built with {@link OpenBadgeCredentials} as the issuance
 * service does, then sometimes reshaped by {@link CredentialVariations} into what the builder does not make
 * (evidence, subject ids, blank achievements, other number forms). Deterministic for a seed.
 */
public final class RandomCredentials {

    /** Text fragments: unicode, quotes, line breaks, controls, surrogate pairs and characters after them. */
    static final List<String> FRAGMENTS = List.of("Data Analysis", "Ünïcödé façade", "日本語の説明", "emoji 🎓✨",
            "quote \" and 'single'", "line\nbreak", "cr\r\nlf", "tab\there", "back\\slash", "bell\u0007",
            "del\u007F", "controls \u0001\u001F\b\f", "private \uE000 use", "replacement \uFFFD", "<b> & amp",
            "  padded  ", "{\"json\": [1, 2]}", "https://x.example/?a=1&b=2#f", "∑∫√ ≠ ∞", "עברית العربية",
            "zero\u200Bwidth\u200Djoin", "x🎓", "x\uE000", "Grade A", "A");
    private static final List<String> ACHIEVEMENT_TYPES = List.of("MicroCredential", "Course", "Badge",
            "Certificate", "Competency", "ext:Workshop");
    private static final List<String> RESULT_TYPES = List.of("LetterGrade", "Percent", "Status", "ext:Rubric");
    private static final List<String> TARGET_TYPES = List.of("ceasn:Competency", "CFItem", "CTDL", "ext:Custom");

    final Random random;

    public RandomCredentials(long seed) {
        this.random = new Random(seed);
    }

    /** A credential of a fresh random achievement, possibly reshaped. */
    public ObjectNode next() {
        ObjectNode credential = issue(achievement());
        return random.nextInt(3) == 0 ? new CredentialVariations(this).apply(credential) : credential;
    }

    /** A credential of the given achievement to a random learner, exactly as the builder makes it (bulk issuance). */
    public ObjectNode issue(AchievementDefinition achievement) {
        OpenBadgeCredentials.Builder builder = OpenBadgeCredentials.builder()
                .id(random.nextBoolean() ? "urn:uuid:" + uuid() : "https://university.example/credentials/" + uuid())
                .issuer(new IssuerProfile("did:web:university.example:issuers:" + random.nextInt(1000), text(),
                        "https://university.example/" + random.nextInt(100), maybe("registrar@university.example"),
                        maybe(text()), random.nextBoolean() ? null : image()))
                .achievement(achievement)
                .recipient(new Recipient("learner" + random.nextInt(1_000_000) + "@example.org",
                        random.nextBoolean() ? Long.toHexString(random.nextLong()) : text()))
                .revocation(StatusEntry.revocation("https://university.example/status/1", random.nextInt(131_072)));
        Instant validFrom = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
        builder.validFrom(validFrom).name(maybe(text())).description(maybe(text()));
        if (random.nextBoolean()) {
            builder.validUntil(validFrom.plusSeconds(1 + random.nextInt(200_000_000)));
        }
        if (random.nextInt(4) == 0) {
            builder.awardedDate(validFrom.minusSeconds(random.nextInt(100_000_000)));
        }
        if (achievement.suspensionAllowed()) {
            builder.suspension(StatusEntry.suspension("https://university.example/status/2", random.nextInt(131_072)));
        }
        for (ResultDescription description : achievement.resultDescriptions()) {
            if (random.nextBoolean()) {
                builder.result(new Result(description.id(), description.allowedValue().isEmpty() ? text()
                        : description.allowedValue().get(random.nextInt(description.allowedValue().size()))));
            }
        }
        return builder.build();
    }

    /** A random achievement: 0 to 4 alignments (sometimes a repeated one), 0 to 3 result descriptions, options. */
    public AchievementDefinition achievement() {
        return achievement(true);
    }

    /**
     * A random achievement; without repeats, no two alignments are the same and no allowed value repeats in a
     * result description, as in real achievements (repeats give blank nodes with shared first-degree hashes).
     */
    public AchievementDefinition achievement(boolean repeats) {
        AchievementDefinition.Builder builder = AchievementDefinition.builder(
                        "https://university.example/achievements/" + uuid() + "/versions/" + random.nextInt(9),
                        text(), text(), text())
                .achievementType(pick(ACHIEVEMENT_TYPES))
                .criteriaUrl(maybe("https://university.example/criteria/" + random.nextInt(50)))
                .image(random.nextBoolean() ? null : image())
                .creditsAvailable(random.nextBoolean() ? null : decimal())
                .workloadHours(random.nextBoolean() ? null : decimal())
                .assessmentType(maybe(text())).formOfParticipation(maybe(text())).prerequisites(maybe(text()))
                .stackability(maybe(text())).suspensionAllowed(random.nextBoolean())
                .qualityAssurance(random.nextBoolean() ? null : new QualityAssurance(
                        maybe("https://agency.example/accreditations/" + random.nextInt(500)), text(), maybe(text())));
        List<Alignment> alignments = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            alignments.add(repeats && random.nextInt(5) == 0 && !alignments.isEmpty() ? alignments.get(0)
                    : alignment());
        }
        alignments.forEach(builder::alignment);
        for (int i = random.nextInt(4); i > 0; i--) {
            List<String> allowed = new ArrayList<>();
            for (int j = random.nextInt(6); j > 0; j--) {
                allowed.add(repeats && random.nextInt(3) == 0 ? "A" : j + " " + text());
            }
            builder.resultDescription(new ResultDescription("urn:uuid:" + uuid(), text(), pick(RESULT_TYPES), allowed));
        }
        return builder.build();
    }

    private Alignment alignment() {
        return switch (random.nextInt(3)) {
            case 0 -> Alignment.escoSkill("http://data.europa.eu/esco/skill/" + uuid(), text(),
                    "1.2." + random.nextInt(3));
            case 1 -> Alignment.eqfLevel(1 + random.nextInt(8));
            default -> new Alignment(text(), "https://frameworks.example/" + random.nextInt(100), maybe(text()),
                    maybe(text()), random.nextBoolean() ? null : pick(TARGET_TYPES), maybe(text()), maybe("1.1.0"));
        };
    }

    private Image image() {
        return new Image(random.nextBoolean() ? "https://university.example/img/" + random.nextInt(100) + ".png"
                : "data:image/png;base64,iVBORw0KGgo=", maybe(text()));
    }

    /** An integer, a decimal with up to two places, or (rarely) a large one. */
    BigDecimal decimal() {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(random.nextInt(60));
            case 1 -> BigDecimal.valueOf(random.nextInt(6000), 2);
            case 2 -> BigDecimal.valueOf(random.nextInt(600), 1);
            default -> new BigDecimal("12345678901234567890123.5");
        };
    }

    /** One to three fragments; never blank. */
    String text() {
        StringBuilder text = new StringBuilder(pick(FRAGMENTS));
        for (int i = random.nextInt(3); i > 0; i--) {
            text.append(' ').append(pick(FRAGMENTS));
        }
        return text.toString();
    }

    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String maybe(String value) {
        return random.nextBoolean() ? value : null;
    }
}
