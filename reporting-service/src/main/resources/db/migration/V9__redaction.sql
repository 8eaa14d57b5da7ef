-- Hidden and erased personal text stays out of the audit trail (and so out of the streams).
-- redaction: every text made unreadable, by the id of the data key its owning service seals it
-- with (proposal:<proposalId>, committee:<collectivityId>:<memberId>), and why (HIDDEN by
-- moderation, ERASED at its subject's request; an erasure outranks a hiding). An audit entry that
-- carries such text names it in personal_key.
CREATE TABLE redaction (
    key_id VARCHAR(200) PRIMARY KEY,
    reason VARCHAR(16)  NOT NULL
);

ALTER TABLE audit_entry ADD COLUMN personal_key VARCHAR(200);
UPDATE audit_entry SET personal_key = 'proposal:' || (data ->> 'proposalId')
WHERE type IN ('ma.remacto.participation.ProposalSubmitted.v1', 'ma.remacto.participation.ProposalSubmitted.v2');
UPDATE audit_entry SET personal_key = 'committee:' || (data ->> 'collectivityId') || ':' || (data ->> 'memberId')
WHERE type IN ('ma.remacto.network.CommitteeMemberAppointed.v1', 'ma.remacto.network.CommitteeMemberAppointed.v2');
-- kept while a rebuild replays, which redacts through it
CREATE INDEX audit_entry_personal_key ON audit_entry (personal_key) WHERE personal_key IS NOT NULL;

-- What the trail already holds, as the events would have recorded it.
INSERT INTO redaction (key_id, reason)
SELECT DISTINCT 'proposal:' || (data ->> 'proposalId'), 'HIDDEN'
FROM audit_entry WHERE type = 'ma.remacto.participation.ProposalHidden.v1';
INSERT INTO redaction (key_id, reason)
SELECT DISTINCT 'proposal:' || erased.proposal_id, 'ERASED'
FROM audit_entry,
     jsonb_array_elements_text(CASE WHEN jsonb_typeof(data -> 'proposalIds') = 'array'
                                    THEN data -> 'proposalIds' ELSE '[]' END) AS erased(proposal_id)
WHERE type = 'ma.remacto.participation.PersonalDataErased.v1'
ON CONFLICT (key_id) DO UPDATE SET reason = 'ERASED';
INSERT INTO redaction (key_id, reason)
SELECT DISTINCT 'committee:' || (data ->> 'collectivityId') || ':' || (data ->> 'memberId'), 'ERASED'
FROM audit_entry WHERE type = 'ma.remacto.network.CommitteeMemberErased.v1'
ON CONFLICT (key_id) DO UPDATE SET reason = 'ERASED';

-- The same expression as AuditRedactions.REDACTED_DATA.
UPDATE audit_entry a SET data =
    COALESCE((SELECT jsonb_object_agg(f.key,
                                      CASE WHEN f.key IN ('title', 'body', 'neighbourhood', 'fullName')
                                                AND jsonb_typeof(f.value) <> 'null'
                                           THEN to_jsonb('[' || lower(r.reason) || ']')
                                           ELSE f.value END)
              FROM jsonb_each(a.data) AS f), a.data)
FROM redaction r
WHERE a.personal_key = r.key_id;
