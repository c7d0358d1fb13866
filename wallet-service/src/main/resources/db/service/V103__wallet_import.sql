-- Credentials a learner imported from elsewhere, with the verification report made on import. A mutable table: an
-- external credential may name its holder in clear, so it never enters an event, and erasure deletes it.
CREATE TABLE wallet_import (
    import_id      VARCHAR(64)   PRIMARY KEY,
    wallet_id      VARCHAR(64)   NOT NULL,
    format         VARCHAR(16)   NOT NULL,
    credential     TEXT,
    credential_jwt TEXT,
    credential_id  VARCHAR(2048),
    issuer         VARCHAR(2048),
    outcome        VARCHAR(16)   NOT NULL,
    report         TEXT          NOT NULL,
    imported_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX wallet_import_wallet ON wallet_import (wallet_id, imported_at DESC);
