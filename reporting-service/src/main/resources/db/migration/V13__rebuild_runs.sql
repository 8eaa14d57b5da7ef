-- Every rebuild's status, written by the instance running it and read by every instance, so that
-- GET /api/admin/projections answers the same wherever it lands. Not a projection: a rebuild
-- neither rebuilds nor swaps it.
CREATE TABLE projection_rebuild_run (
    rebuild_id  text         PRIMARY KEY,
    started_at  timestamptz  NOT NULL,
    status      jsonb        NOT NULL
);
CREATE INDEX projection_rebuild_run_started ON projection_rebuild_run (started_at DESC);
