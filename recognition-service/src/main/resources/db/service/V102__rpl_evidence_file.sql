-- Evidence files, bytes and all, next to their SHA-256 (which the claim's events carry). Only the claimant and the
-- institution's staff and assessors read them; erasure deletes them.
CREATE TABLE rpl_evidence_file (
    file_id     VARCHAR(64)  PRIMARY KEY,
    claim_id    VARCHAR(64)  NOT NULL,
    media_type  VARCHAR(128) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     BYTEA        NOT NULL,
    stored_at   TIMESTAMPTZ  NOT NULL
);
-- PDFs and images are compressed already: pglz would spend CPU for nothing.
ALTER TABLE rpl_evidence_file ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX rpl_evidence_file_by_claim ON rpl_evidence_file (claim_id);
