package org.credstack.issuance.credential.api;

/** OpenAPI examples of the credential endpoints. */
final class CredentialExamples {

    private CredentialExamples() {
    }

    static final String REQUEST = """
            {"achievementId":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10",
             "recipient":{"email":"ada.lovelace@student.example","learnerId":"s1234567","displayName":"Ada Lovelace"},
             "validFrom":"2026-11-29T10:00:00Z"}""";

    static final String CREDENTIAL = """
            {"@context":["https://www.w3.org/ns/credentials/v2",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                         "https://credstack.org/ns/credstack/v1"],
             "id":"urn:uuid:9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b",
             "type":["VerifiableCredential","OpenBadgeCredential"],
             "name":"Data Literacy for Public Servants",
             "issuer":{"id":"did:web:localhost%3A8081:issuers:demo-university","type":["Profile"],
                       "name":"Demo University","url":"https://www.demo-university.example",
                       "email":"registrar@demo-university.example"},
             "validFrom":"2026-11-29T10:00:00Z","validUntil":"2028-11-29T10:00:00Z",
             "credentialSubject":{"type":["AchievementSubject"],
               "identifier":[{"type":"IdentityObject","identityHash":"sha256$8c1f0e6b0e1c5d3a...",
                              "identityType":"emailAddress","hashed":true,"salt":"6f1d2c3b4a5e6f708192a3b4c5d6e7f8"}],
               "achievement":{"id":"http://localhost:8081/achievements/3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10/versions/1",
                 "type":["Achievement"],"achievementType":"MicroCredential",
                 "name":"Data Literacy for Public Servants",
                 "description":"Reading, questioning and presenting data in policy work.",
                 "criteria":{"narrative":"Pass the final assessment with at least 60%."},
                 "creditsAvailable":3.5,"workloadHours":90}},
             "credentialStatus":{"id":"http://localhost:8081/status-lists/demo-university/revocation-1#94567",
               "type":"BitstringStatusListEntry","statusPurpose":"revocation","statusListIndex":"94567",
               "statusListCredential":"http://localhost:8081/status-lists/demo-university/revocation-1"},
             "proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","created":"2026-11-29T10:00:00Z",
               "verificationMethod":"did:web:localhost%3A8081:issuers:demo-university#key-1",
               "proofPurpose":"assertionMethod","proofValue":"z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk..."}}""";

    static final String JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImRpZDp3ZWI6bG9jYWxob3N0JTNBODA4MTpp"
            + "c3N1ZXJzOmRlbW8tdW5pdmVyc2l0eSNyc2EtMSJ9.eyJAY29udGV4dCI6WyJodHRwczovL3d3dy53My5vcmcvbnMvY3JlZGVu...."
            + "Kq3b0vVdP6...";

    static final String REPLACE_REQUEST = """
            {"reason":"Learner's name corrected",
             "recipient":{"email":"ada.lovelace@student.example","displayName":"Ada King, Countess of Lovelace"}}""";

    static final String PAGE = """
            {"items":[{"id":"9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b",
              "achievementId":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","achievementVersion":1,
              "recipientRef":"5c0a3e3b8f6d2a1c9e7b4d0f2a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c","status":"ACTIVE",
              "issuedAt":"2026-11-29T10:00:00Z","validFrom":"2026-11-29T10:00:00Z","validUntil":"2028-11-29T10:00:00Z"}],
             "nextCursor":"MTc5NjQ2NDAwMDo5YjJmNGMxZS03YTNkLTRmMGItOGU2YS0xYzVkMmUzZjRhNWI"}""";

    static final String REVOKE_REQUEST = "{\"reason\":\"Assessment found to be plagiarised\"}";
    static final String SUSPEND_REQUEST = "{\"reason\":\"Under investigation for exam misconduct\"}";

    static final String REVOKED = """
            {"id":"9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b","status":"REVOKED",
             "reason":"Assessment found to be plagiarised","changedAt":"2026-11-29T11:00:00Z"}""";

    static final String SUSPENDED = """
            {"id":"9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b","status":"SUSPENDED",
             "reason":"Under investigation for exam misconduct","changedAt":"2026-11-29T11:00:00.123Z"}""";

    static final String REINSTATED = """
            {"id":"9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b","status":"ACTIVE","changedAt":"2026-12-06T09:30:00.456Z"}""";

    static final String ALREADY_REVOKED = """
            {"type":"https://credstack.org/problems/rule/credential-already-revoked",
             "title":"A business rule forbids this","status":409,"rule":"credential-already-revoked",
             "detail":"Credential 9b2f4c1e-... is already revoked: revocation is final",
             "instance":"/v1/credentials/9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b/revoke"}""";
}
