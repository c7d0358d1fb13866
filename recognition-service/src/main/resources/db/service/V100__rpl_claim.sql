-- RPL claims as the service's own read-your-writes view (subscribing processor "rpl-claim-view", written in the
-- command's transaction): what lists and access checks need. Details and history are read from the event store.
CREATE TABLE rpl_claim (
    claim_id          VARCHAR(64)  PRIMARY KEY,
    issuer_id         VARCHAR(64)  NOT NULL,
    -- the wallet id, or the recipientRef of a learner without a wallet when they submitted
    learner_id        VARCHAR(64)  NOT NULL,
    claimant_subject  VARCHAR(255) NOT NULL,
    recipient_refs    VARCHAR(64)[] NOT NULL,
    qualification_id  VARCHAR(64),
    achievement_id    VARCHAR(64),
    credits_claimed   NUMERIC(8, 2) NOT NULL,
    state             VARCHAR(32)  NOT NULL,
    assessor_subject  VARCHAR(255),
    submitted_at      TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rpl_claim_by_issuer ON rpl_claim (issuer_id, state, submitted_at DESC, claim_id);
CREATE INDEX rpl_claim_by_claimant ON rpl_claim (claimant_subject, submitted_at DESC, claim_id);
CREATE INDEX rpl_claim_by_learner ON rpl_claim (learner_id);
CREATE INDEX rpl_claim_by_ref ON rpl_claim USING GIN (recipient_refs);
