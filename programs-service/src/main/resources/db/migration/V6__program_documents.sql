-- The documents attached to a program or to a progress report (project_number and progress_as_of
-- both set), as the events name them; the bytes stay in the service kit's document table.
CREATE TABLE program_document (
    document_id    VARCHAR(64)  PRIMARY KEY,
    program_id     VARCHAR(64)  NOT NULL,
    project_number INTEGER,
    progress_as_of DATE,
    kind           VARCHAR(32)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size           BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    attached_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX program_document_program ON program_document (program_id, attached_at);

-- The first deliberation attached after the adoption: the adoption's own.
ALTER TABLE program ADD COLUMN deliberation_document_id VARCHAR(64);
