-- Consultations and their results. Each ballot's latest choice per item is kept under its
-- pseudonymous ballot id (never exported, never linked to a person); in-person tallies are kept
-- per station, a later tally of a station replacing the earlier one. No backfill: the audit
-- trail holds these events, and a rebuild replays them.

CREATE TABLE consultation (
    consultation_id VARCHAR(100) PRIMARY KEY,
    process_id      VARCHAR(100) NOT NULL,
    collectivity_id VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    opens_at        TIMESTAMPTZ  NOT NULL,
    closes_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX consultation_collectivity ON consultation (collectivity_id);

CREATE TABLE consultation_item (
    consultation_id VARCHAR(100) NOT NULL,
    item_id         VARCHAR(100) NOT NULL,
    ref             VARCHAR(200),
    title           TEXT,
    PRIMARY KEY (consultation_id, item_id)
);

CREATE TABLE ballot (
    consultation_id VARCHAR(100) NOT NULL,
    item_id         VARCHAR(100) NOT NULL,
    ballot_id       VARCHAR(200) NOT NULL,
    choice          VARCHAR(8)   NOT NULL,
    PRIMARY KEY (consultation_id, item_id, ballot_id)
);

CREATE TABLE in_person_tally (
    consultation_id VARCHAR(100) NOT NULL,
    station_id      VARCHAR(100) NOT NULL,
    item_id         VARCHAR(100) NOT NULL,
    votes_for       INTEGER      NOT NULL,
    votes_against   INTEGER      NOT NULL,
    PRIMARY KEY (consultation_id, station_id, item_id)
);
