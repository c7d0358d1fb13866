package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Fixed inputs for the OB 3.0 tests: a micro-credential like the one the issuance service issues. */
final class ObFixtures {

    static final String ISSUER_DID = "did:web:localhost%3A8081:issuers:5b1d0c7e";
    static final String REVOCATION_LIST = "http://localhost:8081/status-lists/5b1d0c7e/1";
    static final String SUSPENSION_LIST = "http://localhost:8081/status-lists/5b1d0c7e/2";
    static final String EMAIL = "  Ada.Lovelace@Example.org ";
    static final String SALT = "9f2c4e1a7b3d5f60";
    static final Instant VALID_FROM = Instant.parse("2025-01-15T10:00:00Z");
    static final Instant VALID_UNTIL = Instant.parse("2030-01-15T10:00:00Z");
    static final String RESULT_DESCRIPTION_ID = "urn:uuid:2f0cc2f4-2b9c-4d44-8d8e-a1d0a2b4c101";

    private ObFixtures() {
    }

    static IssuerProfile issuer() {
        return new IssuerProfile(ISSUER_DID, "Example University of Applied Sciences", "https://university.example",
                "registrar@university.example", null, null);
    }

    static AchievementDefinition achievement(boolean suspensionAllowed) {
        return AchievementDefinition.builder("http://localhost:8081/achievements/7f3a/versions/2",
                        "Data Analysis with Python",
                        "Cleaning, exploring and visualising tabular data with pandas and matplotlib.",
                        "Passed a supervised, proctored online exam and a graded project.")
                .achievementType("MicroCredential")
                .image(new Image("https://university.example/badges/data-analysis.png", "Data Analysis badge"))
                .creditsAvailable(new BigDecimal("5"))
                .workloadHours(new BigDecimal("125"))
                .alignment(Alignment.escoSkill("http://data.europa.eu/esco/skill/ebc0bc1b-a3c6-4e1b-9ae9-5ba5fc5e2e1b",
                        "analyse big data", "1.2.0"))
                .alignment(Alignment.eqfLevel(6))
                .resultDescription(new ResultDescription(RESULT_DESCRIPTION_ID, "Final grade", "LetterGrade",
                        List.of("E", "D", "C", "B", "A")))
                .assessmentType("supervised online exam with identity verification")
                .formOfParticipation("online")
                .qualityAssurance(new QualityAssurance("https://agency.example/accreditations/2024-117",
                        "National Accreditation Agency", "Institutional accreditation, valid until 2029."))
                .prerequisites("Basic programming in any language.")
                .stackability("Stackable towards the Certificate in Applied Data Science (20 ECTS).")
                .suspensionAllowed(suspensionAllowed)
                .build();
    }

    static OpenBadgeCredentials.Builder builder(boolean suspensionAllowed) {
        OpenBadgeCredentials.Builder builder = OpenBadgeCredentials.builder()
                .id("urn:uuid:0b9e4a52-6f3c-4b59-9a0e-3f1f6d2c8a11")
                .issuer(issuer())
                .achievement(achievement(suspensionAllowed))
                .recipient(new Recipient(EMAIL, SALT))
                .validFrom(VALID_FROM)
                .validUntil(VALID_UNTIL)
                .result(new Result(RESULT_DESCRIPTION_ID, "B"))
                .revocation(StatusEntry.revocation(REVOCATION_LIST, 94567));
        return suspensionAllowed ? builder.suspension(StatusEntry.suspension(SUSPENSION_LIST, 1201)) : builder;
    }

    static ObjectNode credential() {
        return builder(false).build();
    }

    static ObjectNode suspendableCredential() {
        return builder(true).build();
    }
}
