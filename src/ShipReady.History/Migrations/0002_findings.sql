-- The findings of a run by fingerprint, so that a diff can name what was fixed and what is new.
-- A run keeps at most a bounded number of findings; findings_total says how many there were.
CREATE TABLE run_finding (
    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    control_id TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    PRIMARY KEY (run_id, fingerprint)
) WITHOUT ROWID;

ALTER TABLE run ADD COLUMN findings_total INTEGER NOT NULL DEFAULT 0;
