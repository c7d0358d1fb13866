-- Responses remembered for POSTs that carried an Idempotency-Key, per tenant.
CREATE TABLE idempotency_key (
    tenant        VARCHAR(128)  NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    operation     VARCHAR(255)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2048),
    body          BYTEA,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);

-- Which generation of each Kafka-fed projection serves reads. Each generation lives in its own schema,
-- exposed through views in the public schema; a rebuild fills a fresh schema and then swaps the views.
-- While switching, every live consumer of the projection (on any replica) pauses and leaves its group.
CREATE TABLE projection_registry (
    name        VARCHAR(128) NOT NULL PRIMARY KEY,
    generation  INTEGER      NOT NULL,
    schema_name VARCHAR(128) NOT NULL,
    switching   BOOLEAN      NOT NULL DEFAULT false,
    switched_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
