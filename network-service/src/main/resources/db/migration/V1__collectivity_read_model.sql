-- Read model of network-service, rebuilt from the event store by the collectivity-view processor.

CREATE TABLE collectivity (
    id            VARCHAR(64)  PRIMARY KEY,
    kind          VARCHAR(32)  NOT NULL,
    name_ar       TEXT         NOT NULL,
    name_fr       TEXT         NOT NULL,
    region_id     VARCHAR(64),
    status        VARCHAR(16)  NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE INDEX collectivity_kind_status ON collectivity (kind, status);

-- One row per status change; effective_on is the business date given by the user,
-- recorded_at the moment the event was stored.
CREATE TABLE collectivity_history (
    collectivity_id VARCHAR(64)  NOT NULL REFERENCES collectivity (id),
    sequence        BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    effective_on    DATE,
    reason          TEXT,
    indicators      JSONB,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    event_id        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (collectivity_id, sequence)
);

CREATE INDEX collectivity_history_status_date ON collectivity_history (status, effective_on);
