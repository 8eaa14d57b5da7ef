-- Co-creation as the collectivity dashboard shows it: the stations of each process with their
-- latest attendance, the proposals with their review status, and the phases of each process.
-- No backfill from the audit trail: no earlier release published these event types.

CREATE TABLE station (
    station_id      VARCHAR(100) PRIMARY KEY,
    process_id      VARCHAR(100) NOT NULL,
    collectivity_id VARCHAR(64),
    kind            VARCHAR(32)  NOT NULL,
    title           TEXT         NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    place           TEXT,
    agenda          JSONB        NOT NULL,
    status          VARCHAR(16)  NOT NULL
);
CREATE INDEX station_collectivity ON station (collectivity_id, starts_on);

-- The latest attendance of each station: a later record (by aggregate sequence) replaces the
-- earlier one. Kept apart from the station so that it holds whichever of the two arrives first.
CREATE TABLE station_attendance (
    station_id          VARCHAR(100) PRIMARY KEY,
    process_id          VARCHAR(100) NOT NULL,
    women               INTEGER      NOT NULL,
    men                 INTEGER      NOT NULL,
    unspecified         INTEGER      NOT NULL,
    by_category         JSONB        NOT NULL,
    proposals_collected INTEGER,
    sequence            BIGINT,
    recorded_at         TIMESTAMPTZ  NOT NULL
);

-- Proposals entered one by one; neither their text nor their author is needed for the figures.
CREATE TABLE proposal (
    proposal_id     VARCHAR(100) PRIMARY KEY,
    process_id      VARCHAR(100) NOT NULL,
    collectivity_id VARCHAR(64)  NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    station_id      VARCHAR(100),
    status          VARCHAR(16)  NOT NULL,
    hidden          BOOLEAN      NOT NULL DEFAULT false,
    hidden_at       TIMESTAMPTZ,
    submitted_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX proposal_collectivity ON proposal (collectivity_id);

-- Each proposal's status after each of its events, in log order, for "as of" counts. Proposals
-- carry no business dates, so they are dated by when the event was recorded.
CREATE TABLE proposal_status_history (
    position    BIGSERIAL    PRIMARY KEY,
    proposal_id VARCHAR(100) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX proposal_status_history_proposal ON proposal_status_history (proposal_id, position);

-- Phase changes of each process by business date; a process is collecting ideas until its first.
CREATE TABLE process_phase_history (
    position   BIGSERIAL    PRIMARY KEY,
    process_id VARCHAR(100) NOT NULL,
    phase      VARCHAR(20)  NOT NULL,
    changed_on DATE         NOT NULL
);
CREATE INDEX process_phase_history_process ON process_phase_history (process_id, changed_on);
CREATE INDEX process_summary_collectivity ON process_summary (collectivity_id);
