-- Figures of proposals the stations reported (e.g. about 100), not proposal records (process-view
-- processor). One row per set of stations: a later figure for the same stations replaces it.

CREATE TABLE proposal_figure (
    process_id   VARCHAR(64)  NOT NULL,
    stations     TEXT         NOT NULL,
    station_ids  JSONB        NOT NULL,
    proposals    INTEGER      NOT NULL,
    approximate  BOOLEAN      NOT NULL,
    reported_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (process_id, stations)
);
