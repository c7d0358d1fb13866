-- A digest of what a learner_progress row stores (institution, version, recipientRefs, progress): a re-evaluation
-- that finds the same digest leaves the row alone, so one credential event writes only the qualifications it changed.
ALTER TABLE learner_progress ADD COLUMN digest VARCHAR(44);
