-- Issuance's own view of its issuers (tenants), written in the same transaction as the issuer's events.
CREATE TABLE issuer (
    issuer_id     VARCHAR(64)   PRIMARY KEY,
    did           VARCHAR(512)  NOT NULL UNIQUE,
    name          VARCHAR(512)  NOT NULL,
    url           VARCHAR(2048),
    email         VARCHAR(320),
    country       VARCHAR(2),
    accreditation VARCHAR(512),
    registered_at TIMESTAMPTZ   NOT NULL
);
