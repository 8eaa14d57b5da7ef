-- The projects of remacto.programs.v1 as this service knows them, so that a proposal linked after
-- its project was added (ProposalLinkedEvent names only the program and number) shows the title.
CREATE TABLE program_project (
    program_id      VARCHAR(200) NOT NULL,
    project_number  INTEGER      NOT NULL,
    title_ar        TEXT,
    collectivity_id VARCHAR(200),
    cancelled       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (program_id, project_number)
);

-- Projects applied before this table existed are known from their links.
INSERT INTO program_project (program_id, project_number, title_ar, collectivity_id, cancelled)
SELECT program_id, project_number, max(title_ar), max(collectivity_id), bool_or(cancelled)
FROM proposal_project
GROUP BY program_id, project_number;

-- An edited project may have only a French title.
ALTER TABLE proposal_project ALTER COLUMN title_ar DROP NOT NULL;
