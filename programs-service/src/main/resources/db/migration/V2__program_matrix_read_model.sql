-- The program's life, its matrix (now and as adopted), revisions and evaluations, rebuilt from
-- the event store by the program-view processor. Money, durations and percentages are NUMERIC
-- without a fixed scale: exact decimals, never floating point.

ALTER TABLE program
    ADD COLUMN consultation_on        DATE,
    ADD COLUMN adoption_session       TEXT,
    ADD COLUMN adopted_on             DATE,
    ADD COLUMN deliberation_ref       TEXT,
    ADD COLUMN adopted_total_cost_mad NUMERIC,
    ADD COLUMN execution_started_on   DATE,
    ADD COLUMN closed_on              DATE,
    ADD COLUMN closing_reason         TEXT;

-- An open program (not closed) per collectivity and period is looked up when a new one is drafted.
CREATE INDEX program_open_period ON program (collectivity_id, start_year, end_year) WHERE status <> 'CLOSED';

CREATE TABLE program_axis (
    program_id VARCHAR(64) NOT NULL,
    number     INTEGER     NOT NULL,
    title_ar   TEXT,
    title_fr   TEXT,
    PRIMARY KEY (program_id, number)
);

-- A project now (revised) and as adopted (the adopted_* columns, set at adoption).
CREATE TABLE program_project (
    program_id              VARCHAR(64) NOT NULL,
    number                  INTEGER     NOT NULL,
    axis                    INTEGER     NOT NULL,
    title_ar                TEXT,
    title_fr                TEXT,
    duration_months         NUMERIC     NOT NULL,
    cost_mad                NUMERIC     NOT NULL,
    funding                 TEXT        NOT NULL,
    proposal_ids            TEXT        NOT NULL,
    cancelled               BOOLEAN     NOT NULL DEFAULT false,
    status                  VARCHAR(16) NOT NULL DEFAULT 'NOT_STARTED',
    percent                 NUMERIC     NOT NULL DEFAULT 0,
    progress_as_of          DATE,
    progress_note           TEXT,
    evidence_url            TEXT,
    adopted_title_ar        TEXT,
    adopted_title_fr        TEXT,
    adopted_duration_months NUMERIC,
    adopted_cost_mad        NUMERIC,
    PRIMARY KEY (program_id, number)
);

-- What each revision changed (changes: JSON list of {field, from, to}) and why.
CREATE TABLE program_revision (
    program_id  VARCHAR(64) NOT NULL,
    sequence    BIGINT      NOT NULL,
    number      INTEGER     NOT NULL,
    revised_on  DATE        NOT NULL,
    changes     TEXT        NOT NULL,
    reason      TEXT,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (program_id, sequence)
);

CREATE TABLE program_evaluation (
    program_id    VARCHAR(64) NOT NULL,
    evaluation_id VARCHAR(64) NOT NULL,
    period_from   DATE        NOT NULL,
    period_to     DATE        NOT NULL,
    findings      TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (program_id, evaluation_id)
);
