-- A replayed response carries the ETag of the first one (the aggregate version the client will send in If-Match).
ALTER TABLE idempotency_key ADD COLUMN etag VARCHAR(255);
