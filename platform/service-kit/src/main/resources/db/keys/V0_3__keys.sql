-- The service's secret keys (service kit). service_key: per-deployment keys made at first start
-- (pseudonyms, ballots, census), unless given as secrets. data_key: one AES-256 key per piece of
-- personal data and its data subject (crypto-shredding); shredding sets the key to NULL, after which
-- every copy of the text sealed with it, in the event store and on Kafka, stays unreadable.

CREATE TABLE service_key (
    name       VARCHAR(64) PRIMARY KEY,
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE data_key (
    key_id       VARCHAR(200) PRIMARY KEY,
    subject      VARCHAR(200),
    secret       BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    shredded_at  TIMESTAMPTZ,
    shred_reason VARCHAR(16),
    CHECK ((secret IS NULL) = (shredded_at IS NOT NULL))
);

CREATE INDEX data_key_subject ON data_key (subject);
