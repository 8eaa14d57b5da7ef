-- Open action programs as the dashboards show them: each program's dated statuses and its
-- adoption, its matrix (axes and projects, with cost and duration as adopted), the revisions
-- since, the progress reports and the committee's evaluations. Money and durations are exact
-- decimals (NUMERIC without a scale: nothing is rounded on the way in). "As of" answers replay
-- the dated rows up to the date.

-- The total now is the sum of the projects, the total as adopted comes with the adoption, and the
-- status at a date is the last one dated by then: the summary keeps neither a status nor a total.
ALTER TABLE program_summary
    ADD COLUMN adoption_session       TEXT,
    ADD COLUMN adopted_on             DATE,
    ADD COLUMN deliberation_ref       TEXT,
    ADD COLUMN adopted_total_cost_mad NUMERIC;

-- The status after each lifecycle event, by aggregate sequence, from its business date; a draft
-- dates from the day it was recorded (UTC).
CREATE TABLE program_status_history (
    program_id   VARCHAR(100) NOT NULL,
    sequence     BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    effective_on DATE         NOT NULL,
    PRIMARY KEY (program_id, sequence)
);

-- No earlier release published any program event but the drafting (the first of its aggregate),
-- so every program projected so far is a draft.
INSERT INTO program_status_history (program_id, sequence, status, effective_on)
SELECT program_id, 0, 'DRAFT', CAST(drafted_at AT TIME ZONE 'UTC' AS DATE)
FROM program_summary;

ALTER TABLE program_summary
    DROP COLUMN status,
    DROP COLUMN total_cost_mad;
CREATE INDEX program_summary_collectivity ON program_summary (collectivity_id, start_year);

CREATE TABLE program_axis (
    program_id VARCHAR(100) NOT NULL,
    number     INTEGER      NOT NULL,
    title_ar   TEXT         NOT NULL,
    title_fr   TEXT,
    PRIMARY KEY (program_id, number)
);

-- Each project as the draft matrix has it. Its duration and cost as adopted are copied when the
-- council adopts the program; later changes are revisions, replayed up to the date asked.
CREATE TABLE program_project (
    program_id              VARCHAR(100) NOT NULL,
    number                  INTEGER      NOT NULL,
    axis                    INTEGER      NOT NULL,
    title_ar                TEXT         NOT NULL,
    title_fr                TEXT,
    duration_months         NUMERIC      NOT NULL,
    cost_mad                NUMERIC      NOT NULL,
    funding_kind            VARCHAR(16),
    adopted_duration_months NUMERIC,
    adopted_cost_mad        NUMERIC,
    PRIMARY KEY (program_id, number)
);

-- Revisions of adopted projects in aggregate order; a null value is unchanged.
CREATE TABLE program_revision (
    program_id      VARCHAR(100) NOT NULL,
    sequence        BIGINT       NOT NULL,
    number          INTEGER      NOT NULL,
    revised_on      DATE         NOT NULL,
    cost_mad        NUMERIC,
    duration_months NUMERIC,
    title_ar        TEXT,
    title_fr        TEXT,
    cancelled       BOOLEAN      NOT NULL,
    reason          TEXT,
    PRIMARY KEY (program_id, sequence)
);

-- Every progress report; the latest by the date it describes counts.
CREATE TABLE program_progress (
    program_id VARCHAR(100) NOT NULL,
    sequence   BIGINT       NOT NULL,
    number     INTEGER      NOT NULL,
    as_of      DATE         NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    percent    NUMERIC      NOT NULL,
    PRIMARY KEY (program_id, sequence)
);
CREATE INDEX program_progress_project ON program_progress (program_id, number, as_of);

CREATE TABLE program_evaluation (
    program_id    VARCHAR(100) NOT NULL,
    evaluation_id VARCHAR(100) NOT NULL,
    sequence      BIGINT,
    period_from   DATE         NOT NULL,
    period_to     DATE         NOT NULL,
    findings      JSONB        NOT NULL,
    PRIMARY KEY (program_id, evaluation_id)
);
