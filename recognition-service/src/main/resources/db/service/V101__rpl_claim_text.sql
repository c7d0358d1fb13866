-- What the learner wrote or chose, which the claim's events keep only as SHA-256 digests (personal data that
-- erasure must be able to reach): narratives per outcome and appeal reasons (rpl_claim_text), and per piece of
-- evidence the file name, the portfolio URL or the external credential's document (rpl_evidence_detail). Written in
-- the transaction of the command that refers to them; deleted with RplClaimErased.
CREATE TABLE rpl_claim_text (
    claim_id  VARCHAR(64)  NOT NULL,
    kind      VARCHAR(16)  NOT NULL CHECK (kind IN ('narrative', 'appeal-reason')),
    -- the outcome id of a narrative; '' for the appeal reason
    ref       VARCHAR(128) NOT NULL,
    body      TEXT         NOT NULL,
    sha256    CHAR(64)     NOT NULL,
    PRIMARY KEY (claim_id, kind, ref)
);

CREATE TABLE rpl_evidence_detail (
    claim_id      VARCHAR(64)  NOT NULL,
    evidence_key  VARCHAR(1024) NOT NULL,
    name          VARCHAR(255),
    url           VARCHAR(2048),
    document      TEXT,
    added_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (claim_id, evidence_key)
);
