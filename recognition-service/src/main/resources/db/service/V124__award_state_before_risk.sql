-- The state an award was in when it was flagged at risk, so that keeping it returns the list to that state (as the
-- Award aggregate does): an award kept while awaiting confirmation awaits confirmation again, not REQUESTED.
ALTER TABLE award ADD COLUMN state_before_risk VARCHAR(32);
