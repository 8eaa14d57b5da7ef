-- A station's public documents (as named by their events; the files are in table document) and
-- the program it concerns (a council-adoption station or a monitoring meeting).
ALTER TABLE station ADD COLUMN documents JSONB NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE station ADD COLUMN program_id VARCHAR(200);

-- The programs of remacto.programs.v1 as this service needs them: whose they are, where they
-- stand, and their adoption (a station links only to a program of its own collectivity).
CREATE TABLE program_replica (
    program_id      VARCHAR(200) PRIMARY KEY,
    collectivity_id VARCHAR(200) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    adopted_on      DATE,
    session         TEXT
);
