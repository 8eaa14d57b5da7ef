-- The whole member lifecycle (charter, suspension, reinstatement, withdrawal, reapplication),
-- dated by business dates so that "as of" counts answer for any past date; and the network's
-- own activities.

ALTER TABLE member
    ADD COLUMN name_ar           TEXT,
    ADD COLUMN name_fr           TEXT,
    ADD COLUMN name_tzm          TEXT,
    ADD COLUMN province          TEXT,
    ADD COLUMN charter_signed_on DATE;

-- The status of a collectivity after each of its membership events (by aggregate sequence),
-- from the event's business date; a registration dates nothing (effective_on null).
CREATE TABLE member_status_history (
    collectivity_id VARCHAR(64) NOT NULL,
    sequence        BIGINT      NOT NULL,
    status          VARCHAR(16) NOT NULL,
    effective_on    DATE,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (collectivity_id, sequence)
);

CREATE TABLE network_activity (
    activity_id VARCHAR(100) PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    title       TEXT         NOT NULL,
    held_on     DATE         NOT NULL,
    place       TEXT
);

-- Backfill from the audit trail, which holds every event applied before this migration.
UPDATE member m
SET name_ar = r.data ->> 'nameAr', name_fr = r.data ->> 'nameFr',
    name_tzm = r.data ->> 'nameTzm', province = r.data ->> 'province'
FROM (SELECT DISTINCT ON (data ->> 'collectivityId') data
      FROM audit_entry
      WHERE type IN ('ma.remacto.network.CollectivityRegistered.v1', 'ma.remacto.network.CollectivityRegistered.v2')
      ORDER BY data ->> 'collectivityId', position DESC) r
WHERE m.collectivity_id = r.data ->> 'collectivityId';

INSERT INTO member_status_history (collectivity_id, sequence, status, effective_on, recorded_at)
SELECT data ->> 'collectivityId',
       sequence,
       CASE type
           WHEN 'ma.remacto.network.AdmissionDecided.v1' THEN data ->> 'decision'
           WHEN 'ma.remacto.network.CharterSigned.v1' THEN 'ACTIVE'
           WHEN 'ma.remacto.network.MembershipSuspended.v1' THEN 'SUSPENDED'
           WHEN 'ma.remacto.network.MembershipWithdrawn.v1' THEN 'WITHDRAWN'
           ELSE 'APPLIED'
       END,
       CAST(COALESCE(data ->> 'appliedOn', data ->> 'decidedOn', data ->> 'signedOn',
                     data ->> 'suspendedOn', data ->> 'withdrawnOn') AS DATE),
       time
FROM audit_entry
WHERE sequence IS NOT NULL
  AND type IN ('ma.remacto.network.CollectivityRegistered.v1', 'ma.remacto.network.CollectivityRegistered.v2',
               'ma.remacto.network.CollectivityReapplied.v1', 'ma.remacto.network.AdmissionDecided.v1',
               'ma.remacto.network.CharterSigned.v1', 'ma.remacto.network.MembershipSuspended.v1',
               'ma.remacto.network.MembershipWithdrawn.v1')
ON CONFLICT DO NOTHING;

-- A reinstatement restores the standing the suspension interrupted: active if the charter was
-- signed since the last application, admitted otherwise.
INSERT INTO member_status_history (collectivity_id, sequence, status, effective_on, recorded_at)
SELECT a.data ->> 'collectivityId',
       a.sequence,
       COALESCE((SELECT h.status FROM member_status_history h
                 WHERE h.collectivity_id = a.data ->> 'collectivityId' AND h.sequence < a.sequence
                   AND h.status IN ('ADMITTED', 'ACTIVE')
                 ORDER BY h.sequence DESC LIMIT 1), 'ADMITTED'),
       CAST(a.data ->> 'reinstatedOn' AS DATE),
       a.time
FROM audit_entry a
WHERE a.sequence IS NOT NULL AND a.type = 'ma.remacto.network.MembershipReinstated.v1'
ON CONFLICT DO NOTHING;

UPDATE member m
SET status = h.status
FROM (SELECT DISTINCT ON (collectivity_id) collectivity_id, status
      FROM member_status_history
      ORDER BY collectivity_id, sequence DESC) h
WHERE m.collectivity_id = h.collectivity_id;

UPDATE member m
SET charter_signed_on = CAST(c.data ->> 'signedOn' AS DATE)
FROM audit_entry c
WHERE c.type = 'ma.remacto.network.CharterSigned.v1'
  AND c.data ->> 'collectivityId' = m.collectivity_id
  AND c.sequence > (SELECT max(h.sequence) FROM member_status_history h
                    WHERE h.collectivity_id = m.collectivity_id AND h.status = 'APPLIED');

INSERT INTO network_activity (activity_id, kind, title, held_on, place)
SELECT data ->> 'activityId', data ->> 'kind', data ->> 'title', CAST(data ->> 'heldOn' AS DATE), data ->> 'place'
FROM audit_entry
WHERE type = 'ma.remacto.network.NetworkActivityRecorded.v1'
ON CONFLICT DO NOTHING;

-- Replaced by the dated history.
ALTER TABLE member DROP COLUMN admitted_on;
