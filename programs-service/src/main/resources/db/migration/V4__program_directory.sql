-- Which collectivity each program belongs to: written in the command's own transaction (the
-- subscribing processor "directory"), read to authorize every command on a program.
CREATE TABLE program_directory (
    program_id      VARCHAR(64) PRIMARY KEY,
    collectivity_id VARCHAR(64) NOT NULL
);

-- Programs drafted before the directory existed, from the event store itself (a read model may lag).
INSERT INTO program_directory (program_id, collectivity_id)
SELECT aggregateidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'collectivityId'
FROM domainevententry
WHERE payloadtype = 'ma.remacto.events.programs.ProgramDraftedEvent'
ON CONFLICT DO NOTHING;
