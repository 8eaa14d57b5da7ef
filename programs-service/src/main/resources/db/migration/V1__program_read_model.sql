-- Read model of programs-service, rebuilt from the event store by the program-view processor.
-- Money and percentages are NUMERIC without a fixed scale, so they read back with the exact
-- decimal text they were computed with (85750000, 50000.5), never through floating point.

CREATE TABLE program (
    id               VARCHAR(64)  PRIMARY KEY,
    collectivity_id  VARCHAR(64)  NOT NULL,
    title            TEXT         NOT NULL,
    start_year       INTEGER      NOT NULL,
    end_year         INTEGER      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    total_cost_mad   NUMERIC      NOT NULL DEFAULT 0,
    progress_percent NUMERIC      NOT NULL DEFAULT 0,
    drafted_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX program_collectivity ON program (collectivity_id, id);
