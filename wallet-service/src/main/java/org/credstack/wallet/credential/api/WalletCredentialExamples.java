package org.credstack.wallet.credential.api;

/** OpenAPI examples of the wallet's credential responses. */
final class WalletCredentialExamples {

    static final String SUMMARY = """
            {"id": "5b0c2f7e-3d5a-4c1e-9a0b-7f6e5d4c3b2a",
             "issuer": {"id": "0c4d...", "did": "did:web:credstack.example:issuers:0c4d...", "name": "Utrecht University"},
             "achievement": {"id": "a81f...", "version": 2, "name": "Data Literacy for Policy Makers",
               "type": "MicroCredential", "credits": 5.0, "eqfLevel": 6,
               "skills": ["http://data.europa.eu/esco/skill/4d4b4c4f-2a4e-4a2e-9a77-2b3b7c1f5c1d"]},
             "issuedAt": "2026-11-29T09:00:00Z", "validFrom": "2026-11-29T09:00:00Z", "status": "ACTIVE\"""";

    static final String PAGE = "{\"items\": [" + SUMMARY + "}], \"nextCursor\": \"MjAyNi0xMS0yOVQwOTowMDowMFp8NWIw\"}";

    static final String ONE = SUMMARY + ", \"credential\": {\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
            + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"], \"type\": [\"VerifiableCredential\","
            + " \"OpenBadgeCredential\"], \"proof\": [{\"type\": \"DataIntegrityProof\", \"cryptosuite\":"
            + " \"eddsa-rdfc-2022\"}]}}";

    private WalletCredentialExamples() {
    }
}
