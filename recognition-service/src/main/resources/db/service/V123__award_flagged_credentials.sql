-- The credentials an award was already flagged at risk for: the Award aggregate never flags an award twice for one
-- credential (a kept award stays kept), so a re-evaluation need not send it a command that changes nothing.
ALTER TABLE award ADD COLUMN flagged_credential_ids VARCHAR(64)[] NOT NULL DEFAULT '{}';
