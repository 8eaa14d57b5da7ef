-- Consultations with their items and in-person tallies (consultation-view processor) and online
-- votes (vote-view processor). A vote is known by its ballot id only, a per-consultation
-- pseudonym; who holds a ballot is recorded nowhere.

CREATE TABLE consultation (
    id              VARCHAR(64)  PRIMARY KEY,
    process_id      VARCHAR(64)  NOT NULL,
    collectivity_id VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    opens_at        TIMESTAMPTZ  NOT NULL,
    closes_at       TIMESTAMPTZ  NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX consultation_process ON consultation (process_id);

CREATE TABLE consultation_item (
    consultation_id VARCHAR(64)  NOT NULL,
    item_id         VARCHAR(16)  NOT NULL,
    position        INTEGER      NOT NULL,
    ref             TEXT         NOT NULL,
    title           TEXT         NOT NULL,
    PRIMARY KEY (consultation_id, item_id)
);

-- The latest tally of each station replaces its earlier one.
CREATE TABLE in_person_tally (
    consultation_id VARCHAR(64)  NOT NULL,
    station_id      VARCHAR(64)  NOT NULL,
    item_id         VARCHAR(16)  NOT NULL,
    votes_for       INTEGER      NOT NULL,
    votes_against   INTEGER      NOT NULL,
    PRIMARY KEY (consultation_id, station_id, item_id)
);

-- One row per ballot and item: the choice that counts; a withdrawn vote has no row.
CREATE TABLE online_vote (
    consultation_id VARCHAR(64)  NOT NULL,
    item_id         VARCHAR(16)  NOT NULL,
    ballot_id       VARCHAR(64)  NOT NULL,
    choice          VARCHAR(8)   NOT NULL,
    PRIMARY KEY (consultation_id, item_id, ballot_id)
);
