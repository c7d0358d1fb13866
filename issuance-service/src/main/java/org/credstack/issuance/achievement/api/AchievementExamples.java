package org.credstack.issuance.achievement.api;

/** OpenAPI examples of the achievement API. */
final class AchievementExamples {

    static final String DEFINITION = """
            {"name":"Data Literacy for Public Servants",
             "description":"Reading, questioning and presenting data in policy work.",
             "criteria":"Pass the final assessment with at least 60%.",
             "achievementType":"MicroCredential",
             "learningOutcomes":["Interpret descriptive statistics in policy documents",
                                 "Present a data-based argument to a non-specialist audience"],
             "creditsAvailable":3.5,"workloadHours":90,"eqfLevel":5,
             "skills":[{"uri":"http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11",
                        "escoVersion":"v1.2.0","label":"analyse data"}],
             "assessmentType":"Supervised online written exam","formOfParticipation":"online",
             "prerequisites":"None","qualityAssurance":"Internal QA under the institution's NVAO accreditation",
             "imageUrl":"https://demo-university.example/badges/data-literacy.png",
             "validity":"P2Y","suspensionAllowed":false}""";

    static final String DRAFTED = """
            {"id":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","issuerId":"demo-university","status":"DRAFT",
             "latestVersion":1,"draftVersion":1,
             "createdAt":"2026-11-29T10:00:00Z","updatedAt":"2026-11-29T10:00:00Z",
             "definition":{"name":"Data Literacy for Public Servants","achievementType":"MicroCredential",
                           "creditsAvailable":3.5,"eqfLevel":5,"formOfParticipation":"online","validity":"P2Y",
                           "suspensionAllowed":false}}""";

    static final String VERSION = """
            {"achievementId":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","version":1,"status":"PUBLISHED",
             "createdAt":"2026-11-29T10:00:00Z","updatedAt":"2026-11-29T10:02:00Z",
             "publishedAt":"2026-11-29T10:02:00Z",
             "definition":{"name":"Data Literacy for Public Servants","achievementType":"MicroCredential",
                           "creditsAvailable":3.5,"eqfLevel":5,"formOfParticipation":"online","validity":"P2Y",
                           "suspensionAllowed":false}}""";

    static final String EDITED = """
            {"id":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","issuerId":"demo-university","status":"PUBLISHED",
             "latestVersion":2,"publishedVersion":1,"draftVersion":2,
             "createdAt":"2026-11-29T10:00:00Z","updatedAt":"2026-11-29T10:05:00Z",
             "definition":{"name":"Data Literacy for Public Servants (2027)","achievementType":"MicroCredential",
                           "creditsAvailable":4,"eqfLevel":5,"formOfParticipation":"online","validity":"P2Y",
                           "suspensionAllowed":false}}""";

    static final String PUBLISHED = """
            {"id":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","issuerId":"demo-university","status":"PUBLISHED",
             "latestVersion":1,"publishedVersion":1,
             "createdAt":"2026-11-29T10:00:00Z","updatedAt":"2026-11-29T10:02:00Z",
             "definition":{"name":"Data Literacy for Public Servants","achievementType":"MicroCredential",
                           "creditsAvailable":3.5,"eqfLevel":5,"formOfParticipation":"online","validity":"P2Y",
                           "suspensionAllowed":false}}""";

    static final String RETIRED = """
            {"id":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","issuerId":"demo-university","status":"RETIRED",
             "latestVersion":1,"publishedVersion":1,
             "createdAt":"2026-11-29T10:00:00Z","updatedAt":"2027-06-01T09:00:00Z",
             "definition":{"name":"Data Literacy for Public Servants","achievementType":"MicroCredential",
                           "creditsAvailable":3.5,"eqfLevel":5,"formOfParticipation":"online","validity":"P2Y",
                           "suspensionAllowed":false}}""";

    private AchievementExamples() {
    }
}
