-- Phases, stations with their latest attendance, proposals (read models of the process-view and
-- proposal-view processors), and the directory the command side routes and authorizes by.

ALTER TABLE co_creation_process ADD COLUMN phase_changed_on DATE;

CREATE TABLE station (
    process_id             VARCHAR(64)  NOT NULL,
    station_id             VARCHAR(64)  NOT NULL,
    kind                   VARCHAR(32)  NOT NULL,
    title                  TEXT         NOT NULL,
    starts_on              DATE         NOT NULL,
    ends_on                DATE         NOT NULL,
    place                  TEXT,
    agenda                 JSONB        NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    status_reason          TEXT,
    -- the latest attendance record; all null until one is recorded
    women                  INTEGER,
    men                    INTEGER,
    unspecified            INTEGER,
    by_category            JSONB,
    proposals_collected    INTEGER,
    attendance_recorded_at TIMESTAMPTZ,
    PRIMARY KEY (process_id, station_id)
);

CREATE INDEX station_dates ON station (process_id, starts_on, ends_on, station_id);

CREATE TABLE proposal (
    id              VARCHAR(64)  PRIMARY KEY,
    process_id      VARCHAR(64)  NOT NULL,
    collectivity_id VARCHAR(64)  NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    station_id      VARCHAR(64),
    title           TEXT         NOT NULL,
    body            TEXT         NOT NULL,
    suggested_axis  TEXT,
    neighbourhood   TEXT,
    author_gender   VARCHAR(16),
    status          VARCHAR(16)  NOT NULL,
    merged_into     VARCHAR(64),
    review_reason   TEXT,
    hidden          BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_reason   TEXT,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX proposal_process ON proposal (process_id, submitted_at, id);

-- Written in the command's own transaction (subscribing processor): where each resource lives.
CREATE TABLE directory (
    kind            VARCHAR(16)  NOT NULL,
    id              VARCHAR(64)  NOT NULL,
    process_id      VARCHAR(64)  NOT NULL,
    collectivity_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (kind, id)
);

-- Processes opened before the directory existed.
INSERT INTO directory (kind, id, process_id, collectivity_id)
SELECT 'PROCESS', id, id, collectivity_id FROM co_creation_process;
