-- Mapping profiles (issue #14): how to read workbooks that carry no names (last year's files, another province's layout),
-- shared by every campaign. The profile itself is JSON (name, entries); check_json is what the check against the sample
-- files found when it was last saved; version counts the saves.
CREATE TABLE IF NOT EXISTS profiles(
    id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL, version INTEGER NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, check_json TEXT NOT NULL);
