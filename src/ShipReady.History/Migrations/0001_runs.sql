-- Each audited repository, by the full path of its root.
CREATE TABLE repository (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

-- One row per recorded audit: the profile it ran with and the hours per bucket.
CREATE TABLE run (
    id INTEGER PRIMARY KEY,
    repository_id INTEGER NOT NULL REFERENCES repository (id) ON DELETE CASCADE,
    recorded_at TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    git_commit TEXT,
    archetype TEXT NOT NULL,
    handles TEXT NOT NULL,
    timebox REAL NOT NULL,
    files INTEGER NOT NULL,
    must_have_hours REAL NOT NULL,
    within_30_days_hours REAL NOT NULL,
    deferred_hours REAL NOT NULL
);

CREATE INDEX run_by_repository ON run (repository_id, id);

-- The triaged items of a run: one per control that is a gap, a partial gap or an open question.
CREATE TABLE run_item (
    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    control_id TEXT NOT NULL,
    status TEXT NOT NULL,
    bucket TEXT NOT NULL,
    hours REAL NOT NULL,
    PRIMARY KEY (run_id, control_id)
) WITHOUT ROWID;
