-- Test data: the schema DDL of the version before numbered migrations (commit 9fe1d5d), copied from PostgresSecurityStore.Schema,
-- to make a database as that version left it.
CREATE TABLE IF NOT EXISTS users(
    user_name text PRIMARY KEY, display_name text NOT NULL, password_hash text, security_stamp text NOT NULL, created_at text NOT NULL);
CREATE TABLE IF NOT EXISTS user_roles(
    user_name text NOT NULL, ord integer NOT NULL, role text NOT NULL, unit text, campaign text, PRIMARY KEY(user_name, ord));
CREATE TABLE IF NOT EXISTS signin_links(
    token_sha256 text PRIMARY KEY, user_name text NOT NULL, expires_at text NOT NULL);
CREATE TABLE IF NOT EXISTS audit_log(
    id bigint PRIMARY KEY, at text NOT NULL, user_name text NOT NULL, action text NOT NULL, campaign text, unit text,
    target text, detail text, remote_ip text, previous_hash text NOT NULL, hash text NOT NULL);
CREATE INDEX IF NOT EXISTS audit_log_campaign ON audit_log(campaign, id);
