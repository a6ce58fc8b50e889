-- Mapping profiles (issue #14): how to read workbooks that carry no names (last year's files, another province's layout),
-- shared by every campaign. The profile itself is JSON (name, entries); check_json is what the check against the sample
-- files found when it was last saved; version counts the saves.
CREATE TABLE IF NOT EXISTS profiles(
    id text PRIMARY KEY, name text NOT NULL, body text NOT NULL, version integer NOT NULL,
    created_at timestamptz NOT NULL, created_by text, updated_at timestamptz NOT NULL, updated_by text, check_json text NOT NULL);
