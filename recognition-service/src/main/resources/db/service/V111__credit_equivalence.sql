-- An institution's credit transfer rules, kept by EquivalenceView in the command's transaction. A withdrawn rule
-- stays with its withdrawal time; only one active rule per (institution, external achievement, counted-as one).
CREATE TABLE credit_equivalence (
    equivalence_id            VARCHAR(64)   PRIMARY KEY,
    issuer_id                 VARCHAR(64)   NOT NULL,
    external_issuer_id        VARCHAR(64)   NOT NULL,
    external_achievement_id   VARCHAR(64)   NOT NULL,
    counts_as                 VARCHAR(64)   NOT NULL,
    credits                   NUMERIC(8, 2) NOT NULL,
    exceeds_internal_credits  BOOLEAN       NOT NULL,
    aggregate_version         BIGINT        NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL,
    withdrawn_at              TIMESTAMPTZ
);
CREATE UNIQUE INDEX credit_equivalence_active ON credit_equivalence (issuer_id, external_achievement_id, counts_as)
    WHERE withdrawn_at IS NULL;

INSERT INTO read_model_revision (name, revision) VALUES ('equivalences', 0);
