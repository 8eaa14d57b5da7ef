-- What citizens write is personal data: the proposal read model keeps the text sealed, as the
-- events carry it (one data key per proposal, its id in text_key), and opens it on each read, so
-- that hiding or erasure, which destroy the key, show at once and after any replay. The rows that
-- held the text in clear are dropped, and the proposal-view processor replays the event store
-- (whose text V7 seals) from its start.

DELETE FROM proposal;
DELETE FROM tokenentry WHERE processorname = 'proposal-view';

ALTER TABLE proposal ADD COLUMN text_key VARCHAR(200) NOT NULL;
ALTER TABLE proposal RENAME COLUMN title TO title_sealed;
ALTER TABLE proposal RENAME COLUMN body TO body_sealed;
ALTER TABLE proposal RENAME COLUMN neighbourhood TO neighbourhood_sealed;
