-- The SHA-256 hash chain over each partition of the context topics, in log order (see
-- ma.remacto.events.chain.HashChain). Not a projection: it is computed from the raw records, never
-- rebuilt, and its links are what third parties compare with.

CREATE TABLE chain_link (
    topic     VARCHAR(249) NOT NULL,
    partition INTEGER      NOT NULL,
    "offset"  BIGINT       NOT NULL,
    hash      BYTEA        NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (topic, partition, "offset")
);

-- The last link of each partition; updated in the transaction that inserts the link.
CREATE TABLE chain_head (
    topic            VARCHAR(249) NOT NULL,
    partition        INTEGER      NOT NULL,
    "offset"         BIGINT       NOT NULL,
    hash             BYTEA        NOT NULL CHECK (length(hash) = 32),
    count            BIGINT       NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    -- The offset of the head last published on remacto.chain.v1, if any.
    published_offset BIGINT,
    PRIMARY KEY (topic, partition)
);
