-- Each consultation's current voting window, written in the command's own transaction (subscribing
-- directory processor): a vote after an early closing is refused at once, never after a read model
-- catches up; lists read it too (consultation.closes_at stays the planned closing). Consultations
-- opened before it existed take theirs from the read model.

CREATE TABLE voting_window (
    consultation_id VARCHAR(64)  PRIMARY KEY,
    opens_at        TIMESTAMPTZ  NOT NULL,
    closes_at       TIMESTAMPTZ  NOT NULL
);

INSERT INTO voting_window (consultation_id, opens_at, closes_at)
SELECT id, opens_at, closes_at FROM consultation;

CREATE INDEX consultation_collectivity ON consultation (collectivity_id, id);
