-- A campaign's own form (a tagged province workbook): one row per campaign naming its content-addressed blob, and the
-- outcome of the check made when it was stored (JSON).
CREATE TABLE IF NOT EXISTS forms(
    campaign_id text PRIMARY KEY, sha256 text NOT NULL REFERENCES blobs(sha256), file_name text NOT NULL, size bigint NOT NULL,
    uploaded_at timestamptz NOT NULL, uploaded_by text, check_json text NOT NULL);
