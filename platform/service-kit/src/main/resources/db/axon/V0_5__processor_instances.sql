-- The running instances of the service, each beating every few seconds, so that the pooled
-- streaming processors share their segments out among the live ones (SegmentSharing).
CREATE TABLE processor_instance (
    instance_id  VARCHAR(64)  PRIMARY KEY,
    seen_at      TIMESTAMPTZ  NOT NULL
);
