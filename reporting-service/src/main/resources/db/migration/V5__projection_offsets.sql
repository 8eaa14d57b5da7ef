-- Where the projections stand in each topic partition: the next offset to apply, written in the
-- same transaction as the events it follows. A rebuild stops at exactly these offsets, so that the
-- rebuilt projections can be compared with the live ones.
CREATE TABLE projection_offset (
    topic       VARCHAR(200) NOT NULL,
    partition   INTEGER      NOT NULL,
    next_offset BIGINT       NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Every event applied so far was claimed with its position.
INSERT INTO projection_offset (topic, partition, next_offset)
SELECT topic, partition, max("offset") + 1
FROM received_event
GROUP BY topic, partition;
