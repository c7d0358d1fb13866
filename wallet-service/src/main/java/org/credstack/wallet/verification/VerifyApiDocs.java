package org.credstack.wallet.verification;

/** The OpenAPI description and examples of {@code POST /v1/verify}. */
final class VerifyApiDocs {

    static final String DESCRIPTION = """
            Public: no token. Rate limited per client address (429 with Retry-After); the body may have at most \
            1 MiB (413).

            The body is one of:
            - `application/json` (or `application/ld+json`, `application/vc+ld+json`): an Open Badges 3.0 \
            credential with its Data Integrity proof embedded (eddsa-rdfc-2022);
            - `application/json` `{"jwt": "<compact VC-JWT>"}`, or the compact VC-JWT itself as `application/jwt` \
            or `application/vc+jwt` (RS256, ES256, EdDSA; `none` and HS* are refused);
            - `application/json` `{"url": "https://..."}`: the credential is fetched through the outbound allow-list \
            (https only, time-outs, size limit); 422 when it cannot be.

            The answer is a report with one entry per check: `data-model`, `signature`, `issuer-key`, \
            `issuer-known`, `validity`, `status`, `schema`, each `PASSED`, `FAILED`, `WARNING` or `NOT_RUN` with \
            a detail. `verified` is true only when no check FAILED and no required check was NOT_RUN; \
            `issuer-known` is advisory (WARNING when the issuer is not in credstack's issuer directory). `outcome` \
            is `VALID`, `INVALID` (a check failed) or `NOT_VERIFIABLE` (a required check could not run: VC 1.1, an \
            unsupported proof suite, a context that is not bundled, a key or status list that cannot be fetched).""";

    static final String EMBEDDED = """
            {"@context": ["https://www.w3.org/ns/credentials/v2",
                          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id": "http://example.edu/credentials/3732",
             "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "issuer": {"id": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", "type": ["Profile"],
                        "name": "Example University"},
             "validFrom": "2025-01-01T00:00:00Z",
             "name": "Teamwork Badge",
             "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21", "type": ["AchievementSubject"],
               "achievement": {"id": "https://example.com/achievements/teamwork", "type": ["Achievement"],
                 "criteria": {"narrative": "Nominated by peers."}, "description": "Collaboration.",
                 "name": "Teamwork"}},
             "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
               "created": "2025-01-01T00:00:00Z", "proofPurpose": "assertionMethod",
               "verificationMethod": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
               "proofValue": "z3sXaK..."}}""";

    static final String JWT_TEXT = "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCIsImtpZCI6ImRpZDprZXk6ejZNay4uLiJ9.eyJAY29udGV4dCI6Wy"
            + "4uLl19.c2lnbmF0dXJl";
    static final String JWT_WRAPPED = "{\"jwt\": \"" + JWT_TEXT + "\"}";
    static final String URL = "{\"url\": \"https://university.example/credentials/3732\"}";

    static final String REPORT_VALID = """
            {"verified": true, "outcome": "VALID", "format": "data-integrity",
             "credentialId": "http://example.edu/credentials/3732",
             "issuer": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
             "checks": [
               {"name": "data-model", "status": "PASSED", "detail": "VC Data Model 2.0, every context bundled"},
               {"name": "signature", "status": "PASSED", "detail": "eddsa-rdfc-2022 Data Integrity proof verified"},
               {"name": "issuer-key", "status": "PASSED", "detail": "resolved and controlled by the issuer: did:key:z6Mk...#z6Mk... (Ed25519)"},
               {"name": "issuer-known", "status": "WARNING", "detail": "did:key:z6Mk... is not known to credstack (not in its issuer directory); this is no fault of the credential"},
               {"name": "validity", "status": "PASSED", "detail": "valid now (2026-11-29T10:00:00Z), validFrom 2025-01-01T00:00:00Z"},
               {"name": "status", "status": "PASSED", "detail": "the credential has no credentialStatus"},
               {"name": "schema", "status": "PASSED", "detail": "conforms to the OB 3.0 AchievementCredential JSON Schema"}]}""";

    static final String REPORT_FORGED = """
            {"verified": false, "outcome": "INVALID", "format": "data-integrity",
             "credentialId": "http://example.edu/credentials/3732",
             "issuer": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
             "checks": [
               {"name": "data-model", "status": "PASSED", "detail": "VC Data Model 2.0, every context bundled"},
               {"name": "signature", "status": "FAILED", "detail": "[proof[0].signature: FAILED (Ed25519 signature does not match)]"},
               {"name": "issuer-key", "status": "PASSED", "detail": "resolved and controlled by the issuer: did:key:z6Mk...#z6Mk... (Ed25519)"},
               {"name": "issuer-known", "status": "WARNING", "detail": "did:key:z6Mk... is not known to credstack"},
               {"name": "validity", "status": "PASSED", "detail": "valid now"},
               {"name": "status", "status": "PASSED", "detail": "the credential has no credentialStatus"},
               {"name": "schema", "status": "PASSED", "detail": "conforms to the OB 3.0 AchievementCredential JSON Schema"}]}""";

    private VerifyApiDocs() {
    }
}
