-- Projections of reporting-service, fed from the Kafka topics of every context.

-- Dedupe: a CloudEvent (source + id) is applied once, however often it is delivered.
CREATE TABLE received_event (
    source      VARCHAR(200) NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    topic       VARCHAR(200) NOT NULL,
    partition   INTEGER      NOT NULL,
    "offset"    BIGINT       NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (source, event_id)
);

-- The audit trail: every event with who, when, why. No personal data reaches the events.
CREATE TABLE audit_entry (
    position       BIGSERIAL    PRIMARY KEY,
    event_id       VARCHAR(100) NOT NULL,
    source         VARCHAR(200) NOT NULL,
    type           VARCHAR(200) NOT NULL,
    time           TIMESTAMPTZ  NOT NULL,
    collectivity   VARCHAR(64),
    actor_role     VARCHAR(40),
    actor          VARCHAR(200),
    aggregate_id   VARCHAR(100),
    sequence       BIGINT,
    reason         TEXT,
    correlation_id VARCHAR(100),
    data           JSONB        NOT NULL,
    UNIQUE (source, event_id)
);
CREATE INDEX audit_entry_collectivity ON audit_entry (collectivity, position);
CREATE INDEX audit_entry_aggregate ON audit_entry (aggregate_id, position);
CREATE INDEX audit_entry_type ON audit_entry (type, position);
CREATE INDEX audit_entry_time ON audit_entry (time);

-- Members of the network as the network dashboard counts them.
CREATE TABLE member (
    collectivity_id VARCHAR(64) PRIMARY KEY,
    kind            VARCHAR(32) NOT NULL,
    region_id       VARCHAR(64),
    status          VARCHAR(16) NOT NULL,
    admitted_on     DATE
);

-- Co-creation processes and programs per collectivity, for the dashboards.
CREATE TABLE process_summary (
    process_id      VARCHAR(100) PRIMARY KEY,
    collectivity_id VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    cycle           VARCHAR(20)  NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL
);

CREATE TABLE program_summary (
    program_id      VARCHAR(100) PRIMARY KEY,
    collectivity_id VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    start_year      INTEGER      NOT NULL,
    end_year        INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    total_cost_mad  NUMERIC(18, 2) NOT NULL DEFAULT 0,
    drafted_at      TIMESTAMPTZ  NOT NULL
);
