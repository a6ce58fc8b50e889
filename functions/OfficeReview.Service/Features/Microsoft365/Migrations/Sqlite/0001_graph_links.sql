-- Microsoft 365 link, its own journal (graph_migrations) in the campaign database. The Microsoft 365 link (Features/Microsoft365/GraphLinks.cs): each campaign's folders, and what the last pull saw of
-- each drive item (its eTag) and what became of it.
CREATE TABLE IF NOT EXISTS graph_folders(campaign_id text PRIMARY KEY, folders text NOT NULL, updated_at text NOT NULL, updated_by text);
CREATE TABLE IF NOT EXISTS graph_items(
    campaign_id text NOT NULL, drive_id text NOT NULL, item_id text NOT NULL, etag text NOT NULL, name text NOT NULL,
    outcome text NOT NULL, unit_code text, submission_id bigint, sha256 text, at text NOT NULL,
    PRIMARY KEY(campaign_id, drive_id, item_id));
