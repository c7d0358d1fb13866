-- Awards recognition asks for (AwardRequested / AwardWithdrawalRequested on credstack.recognition.v1): one row per
-- award, written by the award-requests projection (INSERT ... ON CONFLICT DO NOTHING, so a redelivery or a replay
-- changes nothing) and worked off by the award worker of any replica, which claims due rows with FOR UPDATE SKIP
-- LOCKED. A row's new state commits in the transaction that issues or revokes its credential.
--
-- PENDING      to issue                       ISSUED     credential_id issued
-- WITHDRAWING  issued, to revoke              REVOKED    credential revoked for the withdrawal
-- FAILED       not issued, reason says why    CANCELLED  withdrawn before it was issued
CREATE TABLE award_request (
    award_id               VARCHAR(64)   PRIMARY KEY,
    issuer_id              VARCHAR(64)   NOT NULL,
    -- the request; absent only in a CANCELLED row recording a withdrawal of an award never seen requested
    qualification_id       VARCHAR(64),
    qualification_version  INTEGER,
    target_achievement_id  VARCHAR(64),
    -- the learner as recognition names them: a wallet id and pseudonyms (HMACs), never an address
    learner_id             VARCHAR(256),
    recipient_refs         VARCHAR(64)[],
    counted_credential_ids TEXT[],
    credits                NUMERIC,
    state                  VARCHAR(16)   NOT NULL
        CHECK (state IN ('PENDING', 'ISSUED', 'FAILED', 'WITHDRAWING', 'REVOKED', 'CANCELLED')),
    credential_id          VARCHAR(64),
    reason                 VARCHAR(2000),
    withdrawal_reason      VARCHAR(2000),
    -- actor and correlation id of the event whose work the row waits for (or last waited for): its commands carry them
    actor                  VARCHAR(256)  NOT NULL,
    correlation_id         VARCHAR(128)  NOT NULL,
    -- failed attempts of the pending work, and when the worker may try it (again)
    attempts               INTEGER       NOT NULL DEFAULT 0,
    due_at                 TIMESTAMPTZ   NOT NULL,
    requested_at           TIMESTAMPTZ,
    received_at            TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    CHECK (state = 'CANCELLED' OR target_achievement_id IS NOT NULL),
    CHECK (state NOT IN ('ISSUED', 'WITHDRAWING', 'REVOKED') OR credential_id IS NOT NULL),
    CHECK (state <> 'FAILED' OR reason IS NOT NULL),
    CHECK (state NOT IN ('WITHDRAWING', 'REVOKED', 'CANCELLED') OR withdrawal_reason IS NOT NULL)
);

-- The worker's queue, and the operators' listing by state.
CREATE INDEX award_request_due ON award_request (due_at) WHERE state IN ('PENDING', 'WITHDRAWING');
CREATE INDEX award_request_by_state ON award_request (state, received_at);
