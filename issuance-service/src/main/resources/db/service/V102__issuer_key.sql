-- Issuers' signing keys. Public parts in the clear (the DID document is built from them); private parts under
-- envelope encryption: each private key (Ed25519 seed, RSA PKCS#8) encrypted with its own AES-256-GCM data key,
-- the data key wrapped with the master key named by master_key_id (AES-256-GCM). Both layers authenticate key_id.
-- Rows are written in the same transaction as the IssuerRegistered / IssuerKeyRotated events that announce them.
CREATE TABLE issuer_key (
    key_id                VARCHAR(600) PRIMARY KEY,
    issuer_id             VARCHAR(64)  NOT NULL,
    algorithm             VARCHAR(16)  NOT NULL CHECK (algorithm IN ('Ed25519', 'RSA')),
    key_number            INTEGER      NOT NULL,
    public_key_multibase  VARCHAR(128),
    public_jwk            TEXT,
    encrypted_private_key BYTEA        NOT NULL,
    private_key_iv        BYTEA        NOT NULL,
    wrapped_data_key      BYTEA        NOT NULL,
    data_key_iv           BYTEA        NOT NULL,
    master_key_id         VARCHAR(64)  NOT NULL,
    status                VARCHAR(8)   NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    created_at            TIMESTAMPTZ  NOT NULL,
    retired_at            TIMESTAMPTZ,
    CHECK ((public_key_multibase IS NULL) <> (public_jwk IS NULL)),
    CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL)),
    UNIQUE (issuer_id, algorithm, key_number)
);

-- One signing key per algorithm and issuer at a time.
CREATE UNIQUE INDEX issuer_key_one_active ON issuer_key (issuer_id, algorithm) WHERE status = 'ACTIVE';

-- A master-key rotation re-wraps the data keys of the old master key's rows.
CREATE INDEX issuer_key_by_master_key ON issuer_key (master_key_id);
