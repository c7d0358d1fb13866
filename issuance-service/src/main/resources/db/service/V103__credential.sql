-- Bitstring status lists: per issuer and purpose, numbered lists of `size` entries (at least 131,072, W3C
-- Bitstring Status List "herd privacy"). A credential gets a random free index in the newest list; the unique
-- constraint on status_entry makes an index belong to one credential even with several replicas allocating.
CREATE TABLE status_list (
    issuer_id  VARCHAR(64)  NOT NULL,
    purpose    VARCHAR(16)  NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    list_no    INTEGER      NOT NULL CHECK (list_no >= 1),
    size       INTEGER      NOT NULL CHECK (size >= 131072 AND size % 8 = 0),
    created_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (issuer_id, purpose, list_no)
);

-- bit_set: the entry's bit in the published list (revoked, or currently suspended).
CREATE TABLE status_entry (
    issuer_id     VARCHAR(64)  NOT NULL,
    purpose       VARCHAR(16)  NOT NULL,
    list_no       INTEGER      NOT NULL,
    idx           INTEGER      NOT NULL CHECK (idx >= 0),
    credential_id VARCHAR(64)  NOT NULL,
    bit_set       BOOLEAN      NOT NULL DEFAULT FALSE,
    allocated_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (issuer_id, purpose, list_no, idx),
    FOREIGN KEY (issuer_id, purpose, list_no) REFERENCES status_list (issuer_id, purpose, list_no)
);

CREATE INDEX status_entry_by_credential ON status_entry (credential_id);

-- The recipients of an issuer's credentials: personal data, mutable, never in an event. Keyed by the recipientRef
-- (the pseudonym events carry) and the issuer, whose learner id and display name these are. Erasure deletes rows.
CREATE TABLE recipient (
    recipient_ref VARCHAR(64)  NOT NULL,
    issuer_id     VARCHAR(64)  NOT NULL,
    email         VARCHAR(320) NOT NULL,
    learner_id    VARCHAR(256),
    display_name  VARCHAR(512),
    updated_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (recipient_ref, issuer_id)
);

-- Issuance's view of its credentials, written in the same transaction as CredentialIssued (read-your-writes).
CREATE TABLE credential (
    credential_id       VARCHAR(64)   PRIMARY KEY,
    issuer_id           VARCHAR(64)   NOT NULL,
    achievement_id      VARCHAR(64)   NOT NULL,
    achievement_version INTEGER       NOT NULL,
    recipient_ref       VARCHAR(64)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    issued_at           TIMESTAMPTZ   NOT NULL,
    valid_from          TIMESTAMPTZ   NOT NULL,
    valid_until         TIMESTAMPTZ,
    signed_json         TEXT          NOT NULL,
    jwt                 TEXT          NOT NULL,
    aggregate_version   BIGINT        NOT NULL
);

CREATE INDEX credential_by_issuer ON credential (issuer_id, credential_id);
CREATE INDEX credential_by_recipient ON credential (recipient_ref);
