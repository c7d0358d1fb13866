-- Learner accounts: the wallet's only personal data, in mutable tables (never in events). Erasure deletes the
-- account row; everything below it goes with it.

-- One wallet per token subject of the identity provider.
CREATE TABLE wallet_account (
    wallet_id  VARCHAR(64)  PRIMARY KEY,
    subject    VARCHAR(255) NOT NULL UNIQUE,
    created_at TIMESTAMPTZ  NOT NULL
);

-- The verified e-mail addresses of a wallet; an address (its recipientRef) belongs to one wallet at most.
CREATE TABLE wallet_address (
    wallet_id     VARCHAR(64)  NOT NULL REFERENCES wallet_account ON DELETE CASCADE,
    recipient_ref VARCHAR(64)  NOT NULL UNIQUE,
    email         VARCHAR(320) NOT NULL,
    verified_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (wallet_id, recipient_ref)
);

-- Pending proofs of control: a code sent to the address, kept only as a salted hash, with bounded attempts.
CREATE TABLE address_verification (
    wallet_id     VARCHAR(64)  NOT NULL REFERENCES wallet_account ON DELETE CASCADE,
    recipient_ref VARCHAR(64)  NOT NULL,
    email         VARCHAR(320) NOT NULL,
    code_hash     VARCHAR(64)  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (wallet_id, recipient_ref)
);
