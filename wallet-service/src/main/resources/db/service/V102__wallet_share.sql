-- Share links. Only a hash of the link's token is kept: the token itself is shown once, to the learner who made it.
CREATE TABLE wallet_share (
    share_id       VARCHAR(64)  PRIMARY KEY,
    wallet_id      VARCHAR(64)  NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL UNIQUE,
    credential_ids TEXT[]       NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    max_views      INT,
    views          INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ,
    last_viewed_at TIMESTAMPTZ
);
CREATE INDEX wallet_share_wallet ON wallet_share (wallet_id, created_at DESC);

-- When a share was viewed (no address, no user agent: a view is counted, not traced).
CREATE TABLE wallet_share_view (
    share_id  VARCHAR(64) NOT NULL REFERENCES wallet_share ON DELETE CASCADE,
    viewed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX wallet_share_view_share ON wallet_share_view (share_id, viewed_at DESC);
