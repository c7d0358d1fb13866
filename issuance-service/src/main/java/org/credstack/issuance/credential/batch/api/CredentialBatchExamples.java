package org.credstack.issuance.credential.batch.api;

/** OpenAPI examples of the credential batch endpoints. */
final class CredentialBatchExamples {

    private CredentialBatchExamples() {
    }

    static final String JSON_REQUEST = """
            [{"achievementId":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10",
              "recipient":{"email":"ada.lovelace@student.example","learnerId":"s1234567","displayName":"Ada Lovelace"}},
             {"achievementId":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","achievementVersion":2,
              "recipient":{"email":"grace.hopper@student.example"},
              "validFrom":"2026-12-01T00:00:00Z","validUntil":"2028-12-01T00:00:00Z"}]""";

    static final String CSV_REQUEST = """
            achievementId,achievementVersion,email,learnerId,displayName,validFrom,validUntil\r
            3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10,,ada.lovelace@student.example,s1234567,"Lovelace, Ada",,\r
            3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10,2,grace.hopper@student.example,,"Grace ""Amazing"" Hopper",\
            2026-12-01T00:00:00Z,2028-12-01T00:00:00Z\r
            """;

    static final String ACCEPTED = """
            {"id":"0b6e2d9f-8c4a-4f1e-b3d7-6a9c2e5f8b14","status":"accepted","total":2,"processed":0,"issued":0,
             "failed":0,"ratePerSecond":0.0,"createdAt":"2026-11-29T10:00:00.123456Z","results":[]}""";

    static final String RUNNING = """
            {"id":"0b6e2d9f-8c4a-4f1e-b3d7-6a9c2e5f8b14","status":"running","total":100000,"processed":42300,
             "issued":42297,"failed":3,"ratePerSecond":1012.4,"etaSeconds":57,
             "createdAt":"2026-11-29T10:00:00.123456Z","startedAt":"2026-11-29T10:00:00.402Z",
             "results":[{"row":0,"status":"issued","credentialId":"9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b"},
                        {"row":1,"status":"failed","reason":"achievement-retired: Achievement 3f6e0c1a-... is retired"}],
             "nextCursor":"1"}""";

    static final String INVALID_ROWS = """
            {"type":"https://credstack.org/problems/validation","title":"The request is not valid","status":400,
             "detail":"rows[12].recipient.email: must be an e-mail address; rows[40].validFrom: must be an ISO-8601 \
            instant such as 2026-09-01T00:00:00Z (CSV line 42)",
             "instance":"/v1/credential-batches",
             "errors":[{"field":"rows[12].recipient.email","message":"must be an e-mail address"},
                       {"field":"rows[40].validFrom",
                        "message":"must be an ISO-8601 instant such as 2026-09-01T00:00:00Z (CSV line 42)"}]}""";

    static final String UNKNOWN_ACHIEVEMENT = """
            {"type":"https://credstack.org/problems/rule/achievement-not-found",
             "title":"A business rule forbids rows of this batch","status":422,"rule":"achievement-not-found",
             "detail":"rows[3].achievementId: achievement-not-found: Achievement 0c1d... is not an achievement of \
            issuer demo-university","instance":"/v1/credential-batches",
             "errors":[{"field":"rows[3].achievementId","message":"achievement-not-found: Achievement 0c1d... is not \
            an achievement of issuer demo-university"}]}""";

    static final String TOO_LARGE = """
            {"type":"https://credstack.org/problems/batch-too-large","title":"The batch is too large","status":413,
             "detail":"rows: a batch has at most 100000 rows; split the upload","instance":"/v1/credential-batches",
             "errors":[{"field":"rows","message":"a batch has at most 100000 rows; split the upload"}]}""";
}
