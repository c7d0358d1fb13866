-- The names a notice needs travel with it (from CredentialIssued), so that sending reads no credential or issuer row.
ALTER TABLE credential_notice ADD COLUMN issuer_name      VARCHAR(512);
ALTER TABLE credential_notice ADD COLUMN achievement_name VARCHAR(512);
