-- Expiry at validUntil without anyone calling: one row per credential that has a validUntil and is neither expired
-- nor revoked. Written and deleted by the credential view in the command's transaction; claimed by the expiry
-- schedule of any replica with FOR UPDATE SKIP LOCKED, so that two replicas never expire the same credential at
-- once (and the aggregate ignores a second expiry anyway).
CREATE TABLE credential_expiry (
    credential_id VARCHAR(64)  PRIMARY KEY,
    issuer_id     VARCHAR(64)  NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    attempts      INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX credential_expiry_due ON credential_expiry (due_at);

-- The corrected re-issue of a replaced credential.
ALTER TABLE credential ADD COLUMN replaced_by VARCHAR(64);

-- Bumped whenever a bit of the list changes: a replica re-signs a served list only when its revision moved.
ALTER TABLE status_list ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

-- GET /v1/credentials lists an institution's credentials newest first.
CREATE INDEX credential_by_issuer_newest ON credential (issuer_id, issued_at DESC, credential_id DESC);
