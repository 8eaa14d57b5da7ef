-- The proposals of the participation context that projects may answer, fed from
-- remacto.participation.v1: which collectivity each belongs to and its latest review status.

CREATE TABLE proposal_replica (
    proposal_id     VARCHAR(200) PRIMARY KEY,
    process_id      VARCHAR(200),
    collectivity_id VARCHAR(200),
    status          VARCHAR(16)  NOT NULL,
    status_sequence BIGINT,
    updated_at      TIMESTAMPTZ  NOT NULL
);

-- Dedupe: a CloudEvent (source + id) is applied once, however often it is delivered.
CREATE TABLE proposal_received_event (
    source   VARCHAR(200) NOT NULL,
    event_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (source, event_id)
);
