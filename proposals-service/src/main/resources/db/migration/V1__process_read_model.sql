-- Read model of proposals-service, rebuilt from the event store by the process-view processor.

CREATE TABLE co_creation_process (
    id              VARCHAR(64)  PRIMARY KEY,
    collectivity_id VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    cycle           VARCHAR(9)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX co_creation_process_collectivity ON co_creation_process (collectivity_id, id);
