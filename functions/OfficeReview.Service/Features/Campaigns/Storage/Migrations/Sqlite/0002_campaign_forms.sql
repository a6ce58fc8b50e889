-- A campaign's own form (a tagged province workbook): one row per campaign naming its content-addressed blob, and the
-- outcome of the check made when it was stored (JSON).
CREATE TABLE IF NOT EXISTS forms(
    campaign_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL, uploaded_by TEXT, check_json TEXT NOT NULL);
