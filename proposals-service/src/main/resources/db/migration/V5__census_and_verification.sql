-- Residents only. A collectivity's census holds keyed hashes of national identity card numbers
-- (HMAC-SHA256 under the service's `census` key of "<collectivity>:<number>"), never the numbers.
-- A binding ties one listed identity to one account (its account ref, a keyed hash of the token's
-- subject under the same key) in one collectivity; it outlives a census replacement. Verification
-- attempts are counted per account ref, in the database so that every instance agrees.

CREATE TABLE census_entry (
    collectivity_id VARCHAR(64) NOT NULL,
    identity_hash   VARCHAR(64) NOT NULL,
    PRIMARY KEY (collectivity_id, identity_hash)
);

CREATE TABLE resident_binding (
    collectivity_id VARCHAR(64) NOT NULL,
    identity_hash   VARCHAR(64) NOT NULL,
    account_ref     VARCHAR(64) NOT NULL,
    bound_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (collectivity_id, identity_hash),
    UNIQUE (collectivity_id, account_ref)
);

CREATE INDEX resident_binding_account ON resident_binding (account_ref);

CREATE TABLE verification_attempt (
    account_ref  VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX verification_attempt_account ON verification_attempt (account_ref, attempted_at);
