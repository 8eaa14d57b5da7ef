-- The author's pseudonym of a proposal submitted online, so that citizens list their own
-- (GET /api/me/proposals); the API never shows it. New rows take it from ProposalSubmittedEvent.
-- Rows projected already take it from the data key their text is sealed under, whose data subject
-- is that same pseudonym for an online proposal (ProposalText), so the view needs no replay.

ALTER TABLE proposal ADD COLUMN author_id VARCHAR(200);

UPDATE proposal p SET author_id = k.subject
FROM data_key k
WHERE k.key_id = p.text_key AND p.channel = 'DIGITAL_PLATFORM';

CREATE INDEX proposal_author ON proposal (author_id, submitted_at, id) WHERE author_id IS NOT NULL;
