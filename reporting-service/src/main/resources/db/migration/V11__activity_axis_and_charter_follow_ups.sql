-- The axis of the DGCT support program a network activity serves, once tagged (a later tag replaces it).
ALTER TABLE network_activity ADD COLUMN axis VARCHAR(40);

-- Each member's follow-ups of its charter commitments; a follow-up adds to the earlier ones. The
-- evidence is the collectivity's own public text (a deliberation, a published program), never a person's.
CREATE TABLE charter_follow_up (
    event_id        VARCHAR(200) PRIMARY KEY,
    collectivity_id VARCHAR(64)  NOT NULL,
    commitment      VARCHAR(40)  NOT NULL,
    followed_up_on  DATE,
    evidence        TEXT         NOT NULL
);
CREATE INDEX charter_follow_up_collectivity ON charter_follow_up (collectivity_id, followed_up_on);

-- Room for kinds and channels a publisher adds later: they are kept as the events carry them.
ALTER TABLE station ALTER COLUMN kind TYPE VARCHAR(64);
ALTER TABLE proposal ALTER COLUMN channel TYPE VARCHAR(64);
ALTER TABLE network_activity ALTER COLUMN kind TYPE VARCHAR(64);
