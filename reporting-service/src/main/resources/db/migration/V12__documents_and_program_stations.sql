-- The public documents attached to stations, programs and progress reports. The files stay in the
-- owning services' databases; reporting keeps what the events say of them, with their SHA-256 and
-- the address anyone downloads them from (through the gateway).
CREATE TABLE public_document (
    url             VARCHAR(600) PRIMARY KEY,
    document_id     VARCHAR(100) NOT NULL,
    -- STATION, PROGRAM, or PROGRESS_REPORT (a program's document that belongs to a project's report)
    owner           VARCHAR(20)  NOT NULL,
    collectivity_id VARCHAR(64),
    process_id      VARCHAR(100),
    station_id      VARCHAR(100),
    program_id      VARCHAR(100),
    project_number  INTEGER,
    progress_as_of  DATE,
    kind            VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    file_name       TEXT,
    media_type      VARCHAR(100) NOT NULL,
    size            BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    attached_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX public_document_collectivity ON public_document (collectivity_id, attached_at);

-- The program a station concerns: the council session that adopted it, or a monitoring meeting.
ALTER TABLE station ADD COLUMN program_id VARCHAR(100);
