-- The outbox of "you have a new credential" e-mails: a row per issued credential, written by the credential view in
-- the issuing transaction, drained by the notice sender of any replica (FOR UPDATE SKIP LOCKED). The address is
-- looked up in the recipient table at sending time, so an erased learner is never written to.
CREATE TABLE credential_notice (
    credential_id VARCHAR(64)  PRIMARY KEY,
    issuer_id     VARCHAR(64)  NOT NULL,
    recipient_ref VARCHAR(64)  NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    attempts      INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX credential_notice_due ON credential_notice (due_at);
