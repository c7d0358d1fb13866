-- Learner progress as each qualification's institution may see it (re-evaluated from the progress_pending queue of
-- the learner-credentials projection), and the awards, kept in step with the Award aggregates.
CREATE TABLE learner_progress (
    learner_id        VARCHAR(64)   NOT NULL,
    qualification_id  VARCHAR(64)   NOT NULL,
    issuer_id         VARCHAR(64)   NOT NULL,
    version           INT           NOT NULL,
    eligible          BOOLEAN       NOT NULL,
    total_credits     NUMERIC(8, 2) NOT NULL,
    credits_required  NUMERIC(8, 2) NOT NULL,
    recipient_refs    VARCHAR(64)[] NOT NULL,
    progress          JSONB         NOT NULL,
    evaluated_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (learner_id, qualification_id)
);
CREATE INDEX learner_progress_by_issuer ON learner_progress (issuer_id, qualification_id);
CREATE INDEX learner_progress_by_ref ON learner_progress USING GIN (recipient_refs);

CREATE TABLE award (
    award_id               VARCHAR(64)   PRIMARY KEY,
    qualification_id       VARCHAR(64)   NOT NULL,
    qualification_version  INT           NOT NULL,
    issuer_id              VARCHAR(64)   NOT NULL,
    target_achievement_id  VARCHAR(64)   NOT NULL,
    learner_id             VARCHAR(64)   NOT NULL,
    recipient_refs         VARCHAR(64)[] NOT NULL,
    counted_credential_ids VARCHAR(64)[] NOT NULL,
    credits                NUMERIC(8, 2),
    policy                 VARCHAR(16)   NOT NULL,
    state                  VARCHAR(32)   NOT NULL,
    credential_id          VARCHAR(64),
    risk_credential_id     VARCHAR(64),
    risk_status            VARCHAR(16),
    decision_reason        TEXT,
    opened_at              TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL
);
CREATE INDEX award_by_issuer ON award (issuer_id, state, opened_at DESC);
CREATE INDEX award_by_learner ON award (learner_id);
