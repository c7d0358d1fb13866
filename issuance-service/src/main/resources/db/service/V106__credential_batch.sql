-- Bulk issuance (POST /v1/credential-batches): a batch and its rows, written in the transaction that accepts the
-- upload. Workers on any replica claim pending rows with SELECT ... FOR UPDATE SKIP LOCKED and mark a row issued in
-- the transaction that sends its credential's IssueCredential, so each row is issued exactly once.
CREATE TABLE credential_batch (
    batch_id       VARCHAR(64)  PRIMARY KEY,
    issuer_id      VARCHAR(64)  NOT NULL,
    -- who submitted it and the request's correlation id: the actor and correlation id of its credentials' events
    submitted_by   VARCHAR(256) NOT NULL,
    correlation_id VARCHAR(128) NOT NULL,
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('ACCEPTED', 'RUNNING', 'COMPLETED')),
    total          INTEGER      NOT NULL CHECK (total > 0),
    processed      INTEGER      NOT NULL DEFAULT 0,
    issued         INTEGER      NOT NULL DEFAULT 0,
    failed         INTEGER      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    started_at     TIMESTAMPTZ,
    completed_at   TIMESTAMPTZ,
    -- when the counters last changed, and the origin of the current rate: the time and processed count at which
    -- the latest uninterrupted run began (reset after a pause, such as a restart, so the rate and ETA stay current)
    progress_at    TIMESTAMPTZ,
    rate_since     TIMESTAMPTZ,
    rate_base      INTEGER      NOT NULL DEFAULT 0,
    CHECK (processed = issued + failed AND processed <= total),
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);

-- Workers look for the oldest batch that is not completed.
CREATE INDEX credential_batch_open ON credential_batch (created_at) WHERE status <> 'COMPLETED';
CREATE INDEX credential_batch_by_issuer ON credential_batch (issuer_id, created_at);

-- One row per recipient of the upload, numbered from 0 in upload order. email, learner_id and display_name are
-- personal data: they are cleared once the row is processed (the recipient table keeps what issuing needs), so
-- that erasing a learner never has to search batches.
CREATE TABLE credential_batch_row (
    batch_id            VARCHAR(64)   NOT NULL REFERENCES credential_batch (batch_id),
    row_no              INTEGER       NOT NULL CHECK (row_no >= 0),
    achievement_id      VARCHAR(64)   NOT NULL,
    achievement_version INTEGER,
    email               VARCHAR(320),
    learner_id          VARCHAR(256),
    display_name        VARCHAR(512),
    valid_from          TIMESTAMPTZ,
    valid_until         TIMESTAMPTZ,
    status              VARCHAR(8)    NOT NULL CHECK (status IN ('PENDING', 'ISSUED', 'FAILED')),
    credential_id       VARCHAR(64),
    reason              VARCHAR(2000),
    processed_at        TIMESTAMPTZ,
    PRIMARY KEY (batch_id, row_no),
    CHECK ((status = 'ISSUED') = (credential_id IS NOT NULL)),
    CHECK ((status = 'FAILED') = (reason IS NOT NULL)),
    CHECK (status <> 'PENDING' OR email IS NOT NULL)
);

-- The work queue (claimed in row order) and the ?result=failed listing.
CREATE INDEX credential_batch_row_pending ON credential_batch_row (batch_id, row_no) WHERE status = 'PENDING';
CREATE INDEX credential_batch_row_failed ON credential_batch_row (batch_id, row_no) WHERE status = 'FAILED';
