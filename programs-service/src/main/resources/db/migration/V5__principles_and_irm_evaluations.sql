-- A project's own start, when given (its planned end then counts from it rather than from the
-- program's start), and the principles of openness it serves (JSON list of their names).
ALTER TABLE program_project
    ADD COLUMN starts_on  DATE,
    ADD COLUMN principles TEXT NOT NULL DEFAULT '[]';

-- An evaluation's design findings (JSON: number, relevantTo, potentialImpact), whether civil
-- society carried it out (null when not said), and the principles it looked at.
ALTER TABLE program_evaluation
    ADD COLUMN design           TEXT NOT NULL DEFAULT '[]',
    ADD COLUMN by_civil_society BOOLEAN,
    ADD COLUMN principles       TEXT NOT NULL DEFAULT '[]';
