-- A station's last day may be unknown: a call for ideas documented with its opening date only.
ALTER TABLE station ALTER COLUMN ends_on DROP NOT NULL;
