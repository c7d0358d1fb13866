package org.credstack.issuance.credential.award.api;

/** OpenAPI examples of the award request endpoints. */
final class AwardRequestExamples {

    private AwardRequestExamples() {
    }

    static final String PAGE = """
            {"counts":{"PENDING":0,"ISSUED":41,"FAILED":1,"WITHDRAWING":0,"REVOKED":2,"CANCELLED":0},
             "items":[{"awardId":"5e9a3c7f-4d1b-4e8a-a2c6-9b5d3f7e1a86","issuerId":"demo-university",
               "qualificationId":"a6d2f8b4-9e1c-4a7d-b3e5-8c2a6f4d1e95","qualificationVersion":1,
               "targetAchievementId":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10",
               "learnerId":"e3b9a1c7-6d4f-4e2a-8b5c-3a7d1f9e6b02",
               "countedCredentialIds":["9c1e5a7b-3d2f-4b8e-a6c4-7e1f9d3b5a21","2d8f4b6a-1e9c-4d3b-b7a5-9f2e6c8d1a43"],
               "credits":15.0,"state":"FAILED","credentialId":null,
               "reason":"recipient-unknown: No address is held for any of the award's 2 recipientRef(s): never issued to here, or erased",
               "withdrawalReason":null,"attempts":0,"dueAt":null,"requestedAt":"2026-11-29T10:00:00Z",
               "receivedAt":"2026-11-29T10:00:00.120Z","updatedAt":"2026-11-29T10:00:00.410Z"}]}""";
}
