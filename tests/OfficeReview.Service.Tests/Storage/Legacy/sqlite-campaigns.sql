-- Test data: the schema DDL of the version before numbered migrations (commit 9fe1d5d), copied from SqliteCampaignStore.Schema,
-- to make a database as that version left it.
CREATE TABLE IF NOT EXISTS campaigns(
    id TEXT PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL, ruleset TEXT NOT NULL,
    settings TEXT NOT NULL, deadlines TEXT NOT NULL, created_at TEXT NOT NULL, closed_at TEXT, issuer TEXT);
CREATE TABLE IF NOT EXISTS units(
    campaign_id TEXT NOT NULL, ord INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    kind TEXT NOT NULL, category TEXT, parent TEXT, PRIMARY KEY(campaign_id, code));
CREATE TABLE IF NOT EXISTS submissions(
    id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, unit_code TEXT NOT NULL, version INTEGER NOT NULL,
    sha256 TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL, received_at TEXT NOT NULL,
    readable INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, ruleset TEXT,
    claimed_unit TEXT, claimed_year INTEGER, validation TEXT NOT NULL, late INTEGER,
    UNIQUE(campaign_id, unit_code, sha256), UNIQUE(campaign_id, unit_code, version));
CREATE TABLE IF NOT EXISTS results(
    id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, unit_code TEXT NOT NULL, created_at TEXT NOT NULL,
    json_sha256 TEXT NOT NULL, workbook_sha256 TEXT, summary TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decisions(
    campaign_id TEXT NOT NULL, unit_code TEXT NOT NULL, level TEXT NOT NULL, reason TEXT,
    decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY(campaign_id, unit_code));
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, kind TEXT NOT NULL, unit_code TEXT NOT NULL, state TEXT NOT NULL,
    sha256 TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, source TEXT NOT NULL,
    number INTEGER, document_number TEXT, approved_by TEXT, approved_at TEXT, approved_sha256 TEXT, approval TEXT);
CREATE TABLE IF NOT EXISTS registers(register_key TEXT PRIMARY KEY, last_number INTEGER NOT NULL);
-- What AddColumnIfMissing then did on a new database (the other three columns were already in the CREATE TABLE).
ALTER TABLE submissions ADD COLUMN parsed_sha256 TEXT;
