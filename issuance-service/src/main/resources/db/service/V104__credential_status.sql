-- Why and since when a credential stands as it does (revoked or suspended); NULL while it is active as issued.
ALTER TABLE credential ADD COLUMN status_reason     VARCHAR(2000);
ALTER TABLE credential ADD COLUMN status_changed_at TIMESTAMPTZ;
