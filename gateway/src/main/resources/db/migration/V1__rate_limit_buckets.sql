-- The rate limiter's token buckets, in Bucket4j's PostgreSQL layout: one row per limited key
-- (a kind, its limit, and a SHA-256 of the token subject or client address; never the raw value),
-- the bucket's serialized state, and when the row may be forgotten (epoch milliseconds).
-- UNLOGGED: bucket state is worth no WAL; after a crash the buckets simply start full again.
CREATE UNLOGGED TABLE rate_limit_bucket (
    id         VARCHAR(128) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
