-- The schema of the campaign store as the versions before numbered migrations made it.
-- IF NOT EXISTS: on a database made by those versions this script adds only the columns an older one lacked.
CREATE TABLE IF NOT EXISTS campaigns(
    id text PRIMARY KEY, name text NOT NULL, year integer NOT NULL, ruleset text NOT NULL,
    settings text NOT NULL, deadlines text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE IF NOT EXISTS units(
    campaign_id text NOT NULL, ord integer NOT NULL, code text NOT NULL, name text NOT NULL,
    kind text NOT NULL, category text, parent text, PRIMARY KEY(campaign_id, code));
CREATE TABLE IF NOT EXISTS blobs(sha256 text PRIMARY KEY, size bigint NOT NULL, content bytea NOT NULL);
CREATE TABLE IF NOT EXISTS submissions(
    id bigserial PRIMARY KEY, campaign_id text NOT NULL, unit_code text NOT NULL, version integer NOT NULL,
    sha256 text NOT NULL REFERENCES blobs(sha256), file_name text NOT NULL, size bigint NOT NULL, received_at timestamptz NOT NULL,
    readable boolean NOT NULL, errors integer NOT NULL, warnings integer NOT NULL, ruleset text,
    claimed_unit text, claimed_year integer, validation text NOT NULL,
    UNIQUE(campaign_id, unit_code, sha256), UNIQUE(campaign_id, unit_code, version));
CREATE TABLE IF NOT EXISTS results(
    id bigserial PRIMARY KEY, campaign_id text NOT NULL, unit_code text NOT NULL, created_at timestamptz NOT NULL,
    json_sha256 text NOT NULL REFERENCES blobs(sha256), workbook_sha256 text REFERENCES blobs(sha256), summary text NOT NULL);
ALTER TABLE campaigns ADD COLUMN IF NOT EXISTS closed_at timestamptz;
ALTER TABLE submissions ADD COLUMN IF NOT EXISTS late boolean;
ALTER TABLE campaigns ADD COLUMN IF NOT EXISTS issuer text;
ALTER TABLE submissions ADD COLUMN IF NOT EXISTS parsed_sha256 text REFERENCES blobs(sha256);
CREATE TABLE IF NOT EXISTS decisions(
    campaign_id text NOT NULL, unit_code text NOT NULL, level text NOT NULL, reason text,
    decided_by text NOT NULL, decided_at timestamptz NOT NULL, PRIMARY KEY(campaign_id, unit_code));
CREATE TABLE IF NOT EXISTS documents(
    id bigserial PRIMARY KEY, campaign_id text NOT NULL, kind text NOT NULL, unit_code text NOT NULL, state text NOT NULL,
    sha256 text NOT NULL REFERENCES blobs(sha256), file_name text NOT NULL, size bigint NOT NULL, created_at timestamptz NOT NULL,
    created_by text NOT NULL, source text NOT NULL,
    number integer, document_number text, approved_by text, approved_at timestamptz, approved_sha256 text REFERENCES blobs(sha256), approval text);
CREATE TABLE IF NOT EXISTS registers(register_key text PRIMARY KEY, last_number integer NOT NULL);
