-- The membership replica (service kit): which collectivities are members in good standing,
-- fed from remacto.network.v1. Versioned above every service's own migrations.

CREATE TABLE membership_replica (
    collectivity_id  VARCHAR(64)  PRIMARY KEY,
    in_good_standing BOOLEAN      NOT NULL,
    last_type        VARCHAR(200) NOT NULL,
    last_sequence    BIGINT,
    updated_at       TIMESTAMPTZ  NOT NULL
);

-- Dedupe: a CloudEvent (source + id) is applied once, however often it is delivered.
CREATE TABLE membership_received_event (
    source   VARCHAR(200) NOT NULL,
    event_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (source, event_id)
);
