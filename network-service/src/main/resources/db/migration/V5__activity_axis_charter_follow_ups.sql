-- The axis of the DGCT support program a network activity serves (null while untagged), and
-- each member's follow-up of its charter commitments.

ALTER TABLE network_activity ADD COLUMN axis VARCHAR(32);

CREATE TABLE charter_follow_up (
    collectivity_id VARCHAR(64)  NOT NULL,
    sequence        BIGINT       NOT NULL,
    commitment      VARCHAR(32)  NOT NULL,
    evidence        TEXT         NOT NULL,
    followed_up_on  DATE         NOT NULL,
    reason          TEXT,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (collectivity_id, sequence)
);
