-- Issuance's own view of achievements (micro-credential definitions), written in the same transaction as the
-- achievement's events (read-your-writes). One row per achievement, and one per version of it.
CREATE TABLE achievement (
    achievement_id     VARCHAR(64)  PRIMARY KEY,
    issuer_id          VARCHAR(64)  NOT NULL,
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    name               VARCHAR(512) NOT NULL,
    achievement_type   VARCHAR(64)  NOT NULL,
    latest_version     INT          NOT NULL,
    published_version  INT,
    draft_version      INT,
    -- the aggregate's sequence number: the ETag clients send back in If-Match
    aggregate_version  BIGINT       NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    retired_at         TIMESTAMPTZ,
    retirement_reason  VARCHAR(2000)
);
CREATE INDEX achievement_by_issuer ON achievement (issuer_id, status, achievement_id);

CREATE TABLE achievement_version (
    achievement_id        VARCHAR(64)  NOT NULL REFERENCES achievement (achievement_id),
    version               INT          NOT NULL CHECK (version >= 1),
    issuer_id             VARCHAR(64)  NOT NULL,
    -- DRAFT, then PUBLISHED (issuable), SUPERSEDED by a newer published version, or RETIRED
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'RETIRED')),
    name                  VARCHAR(512) NOT NULL,
    description           TEXT,
    criteria              TEXT,
    achievement_type      VARCHAR(64)  NOT NULL,
    learning_outcomes     TEXT         NOT NULL, -- JSON array of strings
    -- NUMERIC without a scale keeps what was sent (3.5 stays 3.5), so the view equals the published snapshot
    credits_available     NUMERIC      CHECK (credits_available >= 0 AND scale(credits_available) <= 2),
    workload_hours        INT          CHECK (workload_hours >= 0),
    eqf_level             SMALLINT     CHECK (eqf_level BETWEEN 1 AND 8),
    skills                TEXT         NOT NULL, -- JSON array of {uri, escoVersion, label}
    assessment_type       VARCHAR(512),
    form_of_participation VARCHAR(16),
    prerequisites         TEXT,
    quality_assurance     TEXT,
    image_url             VARCHAR(2048),
    validity              VARCHAR(32),           -- ISO-8601 period, e.g. P2Y
    suspension_allowed    BOOLEAN      NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    published_at          TIMESTAMPTZ,
    PRIMARY KEY (achievement_id, version)
);
