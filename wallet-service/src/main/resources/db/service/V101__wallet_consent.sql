-- The consents a learner gave institutions, kept by the wallet's own view in the command's transaction.
CREATE TABLE wallet_consent (
    consent_id     VARCHAR(64)  PRIMARY KEY,
    wallet_id      VARCHAR(64)  NOT NULL,
    grantee_tenant VARCHAR(64)  NOT NULL,
    credential_ids TEXT[]       NOT NULL,
    purpose        VARCHAR(500),
    expires_at     TIMESTAMPTZ,
    granted_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ
);
CREATE INDEX wallet_consent_wallet ON wallet_consent (wallet_id, granted_at DESC);
