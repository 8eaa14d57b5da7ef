-- The projects of the programs context that answer a proposal, fed from remacto.programs.v1:
-- one row per (proposal, program, project number), flagged when a revision cancels the project.

CREATE TABLE proposal_project (
    proposal_id     VARCHAR(64)  NOT NULL,
    program_id      VARCHAR(200) NOT NULL,
    project_number  INTEGER      NOT NULL,
    title_ar        TEXT         NOT NULL,
    collectivity_id VARCHAR(200),
    cancelled       BOOLEAN      NOT NULL DEFAULT FALSE,
    linked_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (proposal_id, program_id, project_number)
);

CREATE INDEX proposal_project_project ON proposal_project (program_id, project_number);

-- Dedupe: a CloudEvent (source + id) of the programs topic is applied once, however often it is delivered.
CREATE TABLE programs_received_event (
    source   VARCHAR(200) NOT NULL,
    event_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (source, event_id)
);
