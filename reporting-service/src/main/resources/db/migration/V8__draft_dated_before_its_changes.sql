-- A draft has no business date: it was dated by the day it was recorded, which for a program
-- entered after the fact fell after its consultation or adoption. It now dates at the latest from
-- its first later change.
UPDATE program_status_history d
SET effective_on = l.first_change
FROM (SELECT program_id, min(effective_on) AS first_change
      FROM program_status_history
      WHERE status <> 'DRAFT'
      GROUP BY program_id) l
WHERE d.program_id = l.program_id AND d.status = 'DRAFT' AND d.effective_on > l.first_change;
