-- Qualifications as their aggregates last left them, kept by QualificationView in the command's transaction
-- (read-your-writes for the API and its ETags). Names and ids that a definition carries are TEXT: the rule check
-- decides what is acceptable, not a column width.
CREATE TABLE qualification (
    qualification_id  VARCHAR(64)  PRIMARY KEY,
    issuer_id         VARCHAR(64)  NOT NULL,
    name              TEXT         NOT NULL,
    latest_version    INT          NOT NULL,
    draft_version     INT,
    published_version INT,
    aggregate_version BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX qualification_issuer ON qualification (issuer_id, created_at, qualification_id);

-- One row per version: the open draft (published_at NULL, rewritten while it is edited) and every published one
-- (never changed again). nested_qualification_ids are the qualifications the version nests, for cycle checks.
CREATE TABLE qualification_version (
    qualification_id         VARCHAR(64)  NOT NULL REFERENCES qualification,
    version                  INT          NOT NULL,
    name                     TEXT         NOT NULL,
    definition               JSONB        NOT NULL,
    nested_qualification_ids TEXT[]       NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    published_at             TIMESTAMPTZ,
    PRIMARY KEY (qualification_id, version)
);

-- A counter per cached read model, bumped in the transaction of every change: a replica compares it with the
-- revision its in-memory copy was loaded at, so that it sees changes made through other replicas.
CREATE TABLE read_model_revision (
    name     VARCHAR(64) PRIMARY KEY,
    revision BIGINT      NOT NULL
);
INSERT INTO read_model_revision (name, revision) VALUES ('qualifications', 0);
