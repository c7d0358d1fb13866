package org.credstack.recognition.rplclaim.api;

/** Request and response examples of the RPL API, shown in its OpenAPI document. */
final class RplExamples {

    static final String PROBLEM = "application/problem+json";

    static final String SUBMIT = """
            {"institution": "demo-university", "qualificationId": "msc-data-engineering", "creditsClaimed": 10,
             "outcomes": [{"outcomeId": "lo-1", "statement": "Designs relational schemas"},
                          {"outcomeId": "lo-2", "statement": "Tunes SQL queries"}],
             "narrative": [{"outcomeId": "lo-1", "text": "At Acme I designed the schema of the billing system"},
                           {"outcomeId": "lo-2", "text": "I cut the month-end report from 2 hours to 4 minutes"}],
             "evidence": [{"kind": "portfolio-link", "url": "https://portfolio.example/ada"}]}""";

    static final String CLAIM = """
            {"id": "7d1c0a52-3f0e-4a8e-9a55-1c2b3d4e5f60", "state": "DECIDED", "institution": "demo-university",
             "qualificationId": "msc-data-engineering", "creditsClaimed": 10, "claimant": "learner-sub",
             "submittedAt": "2026-12-01T09:00:00Z", "assessor": "assessor-sub",
             "outcomes": [{"outcomeId": "lo-1", "statement": "Designs relational schemas",
                           "narrative": "At Acme I designed the schema of the billing system",
                           "assessments": [{"verdict": "MET", "comment": "The reference covers it",
                                            "assessor": "assessor-sub", "at": "2026-12-03T10:00:00Z",
                                            "appeal": false}]}],
             "evidence": [{"kind": "stored-file", "fileId": "0f8e...", "name": "reference.pdf",
                           "mediaType": "application/pdf", "sizeBytes": 48213, "sha256": "9f86d0...",
                           "addedAt": "2026-12-01T09:05:00Z"}],
             "decisions": [{"outcome": "PARTIAL", "creditsAwarded": 5, "rationale": "lo-2 not evidenced",
                            "appeal": false, "decidedBy": "assessor-sub", "decidedAt": "2026-12-03T11:00:00Z"}],
             "history": [{"at": "2026-12-01T09:00:00Z", "actor": "learner-sub", "step": "SUBMIT",
                          "details": "claims 10 credits toward qualification msc-data-engineering for lo-1, lo-2",
                          "texts": {"narrative lo-1": "At Acme I designed the schema of the billing system"}}]}""";

    static final String LIST = """
            [{"id": "7d1c0a52-3f0e-4a8e-9a55-1c2b3d4e5f60", "state": "COMPLETE", "institution": "demo-university",
              "qualificationId": "msc-data-engineering", "creditsClaimed": 10, "claimant": "learner-sub",
              "submittedAt": "2026-12-01T09:00:00Z", "updatedAt": "2026-12-02T08:00:00Z"}]""";

    static final String WALLET_CREDENTIAL = """
            {"kind": "wallet-credential", "credentialId": "5b0c2f7e-3d5a-4c1e-9a0b-7f6e5d4c3b2a"}""";
    static final String EXTERNAL_CREDENTIAL = """
            {"kind": "external-credential", "jwt": "eyJhbGciOiJFZERTQSIsImtpZCI6ImRpZDprZXk6ejZNay4uLiJ9..."}""";
    static final String PORTFOLIO_LINK = """
            {"kind": "portfolio-link", "url": "https://portfolio.example/ada/billing-schema"}""";
    static final String FILE = """
            {"fileId": "0f8e2b8c-6a1d-4b5e-8c3f-2a1b0c9d8e7f", "name": "reference.pdf",
             "mediaType": "application/pdf", "sizeBytes": 48213,
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";

    static final String COMPLETE = "{\"complete\": true}";
    static final String INCOMPLETE = "{\"complete\": false, \"missing\": [\"a reference letter for lo-2\"]}";
    static final String ASSIGN = "{\"assessorSubject\": \"assessor-sub\"}";
    static final String ASSESSMENT = """
            {"assessments": [{"outcomeId": "lo-1", "verdict": "MET", "comment": "The reference covers it"},
                             {"outcomeId": "lo-2", "verdict": "NOT_MET", "comment": "No evidence of tuning"}]}""";
    static final String DECISION = """
            {"outcome": "PARTIAL", "creditsAwarded": 5,
             "rationale": "Schema design evidenced by the reference; query tuning not evidenced"}""";
    static final String APPEAL = "{\"reason\": \"My second reference letter covers query tuning\"}";

    private RplExamples() {
    }
}
