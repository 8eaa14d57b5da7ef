-- What the new open datasets and the online participation need. A deployment that already holds
-- projections fills these from the topics by a rebuild that swaps even when different
-- (POST /api/admin/projections/rebuild?swapWhenDifferent=true).

-- A project's own start, when given: its planned end counts from it.
ALTER TABLE program_project ADD COLUMN starts_on DATE;

CREATE TABLE program_project_proposal (
    program_id  VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    proposal_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (program_id, number, proposal_id)
);

-- Committee seats without names: offices and genders are public, names are personal data.
CREATE TABLE committee_seat (
    collectivity_id VARCHAR(64)  NOT NULL,
    member_id       VARCHAR(100) NOT NULL,
    role            VARCHAR(40)  NOT NULL,
    gender          VARCHAR(16),
    appointed_on    DATE,
    removed_on      DATE,
    PRIMARY KEY (collectivity_id, member_id)
);

CREATE TABLE activity_attendance (
    activity_id     VARCHAR(100) NOT NULL,
    collectivity_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (activity_id, collectivity_id)
);

-- The online author's pseudonym, only to count distinct authors, and the gender when given.
ALTER TABLE proposal
    ADD COLUMN author_id     VARCHAR(200),
    ADD COLUMN author_gender VARCHAR(16);

-- The IRM-style design of the projects evaluated, and who evaluated.
ALTER TABLE program_evaluation
    ADD COLUMN design           JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN by_civil_society BOOLEAN;

-- A figure of proposals the stations reported as one count, perhaps approximate ("about 100").
CREATE TABLE proposals_figure (
    process_id  VARCHAR(100) NOT NULL,
    -- the stations it counts, their ids sorted and separated by spaces
    station_ids TEXT         NOT NULL,
    proposals   INTEGER      NOT NULL,
    approximate BOOLEAN      NOT NULL,
    PRIMARY KEY (process_id, station_ids)
);

-- A station whose end the documents do not give (a digital call with an opening date only).
ALTER TABLE station ALTER COLUMN ends_on DROP NOT NULL;
