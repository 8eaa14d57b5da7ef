-- Membership lifecycle, openness committees and network activities.

ALTER TABLE collectivity ADD COLUMN name_tzm TEXT;
ALTER TABLE collectivity ADD COLUMN province TEXT;
ALTER TABLE collectivity ADD COLUMN charter_signed_on DATE;
ALTER TABLE collectivity ADD COLUMN charter_signatory TEXT;
CREATE INDEX collectivity_region ON collectivity (region_id);

-- Seats of the openness committee; a seat is current while removed_on is null.
CREATE TABLE committee_member (
    collectivity_id VARCHAR(64)  NOT NULL,
    member_id       VARCHAR(64)  NOT NULL,
    full_name       TEXT         NOT NULL,
    role            VARCHAR(40)  NOT NULL,
    gender          VARCHAR(16)  NOT NULL,
    appointed_on    DATE         NOT NULL,
    removed_on      DATE,
    removal_reason  TEXT,
    PRIMARY KEY (collectivity_id, member_id)
);

CREATE TABLE network_activity (
    id          VARCHAR(64)  PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    title       TEXT         NOT NULL,
    held_on     DATE         NOT NULL,
    place       TEXT,
    recorded_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE activity_attendance (
    activity_id     VARCHAR(64) NOT NULL REFERENCES network_activity (id),
    collectivity_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (activity_id, collectivity_id)
);
