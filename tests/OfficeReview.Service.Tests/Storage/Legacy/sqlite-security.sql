-- Test data: the schema DDL of the version before numbered migrations (commit 9fe1d5d), copied from SqliteSecurityStore.Schema,
-- to make a database as that version left it.
CREATE TABLE IF NOT EXISTS users(
    user_name TEXT PRIMARY KEY, display_name TEXT NOT NULL, password_hash TEXT, security_stamp TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS user_roles(
    user_name TEXT NOT NULL, ord INTEGER NOT NULL, role TEXT NOT NULL, unit TEXT, campaign TEXT, PRIMARY KEY(user_name, ord));
CREATE TABLE IF NOT EXISTS signin_links(
    token_sha256 TEXT PRIMARY KEY, user_name TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_log(
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, campaign TEXT, unit TEXT,
    target TEXT, detail TEXT, remote_ip TEXT, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_log_campaign ON audit_log(campaign, id);
