-- Every re-evaluation looks up the learner's awards by their recipientRefs (recipient_refs && ...): without this
-- index each one read the whole award table.
CREATE INDEX award_by_recipient ON award USING GIN (recipient_refs);
