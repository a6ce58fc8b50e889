using Npgsql;
using NpgsqlTypes;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// The store for deployments with several instances: PostgreSQL keeps rows and blobs (bytea, or — with an
/// <see cref="IBlobContent"/> such as <see cref="AzureBlobContent"/> — only their hash and size, the bytes stored there
/// before the row commits). A submission's blob and row go in one transaction, serialized per unit by an advisory lock so versions never collide across instances.
/// </summary>
public sealed class PostgresCampaignStore : ICampaignStore, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile bool _ready;

    public string Provider => StorageOptions.Postgres;

    /// <summary>Where blob bytes go when not in the blobs table (Azure Blob Storage in the cloud configuration).</summary>
    private readonly IBlobContent? _content;

    public PostgresCampaignStore(string connectionString, IBlobContent? content = null)
    {
        _source = NpgsqlDataSource.Create(connectionString);
        _content = content;
    }

    /// <summary>
    /// Stores a blob inside the caller's transaction. With external content (Azure Blob Storage) the bytes are made
    /// durable there first and the row keeps only the hash and size (content empty), so the row — committed after —
    /// never names bytes that are not stored. Without it the bytes go into the row (bytea).
    /// </summary>
    private async Task PutBlobAsync(NpgsqlConnection c, string sha, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        if (_content is not null)
        {
            // Serialized with the removal of the same bytes (SetParsedAsync) until this transaction ends.
            await using (var l = Command(c, "SELECT pg_advisory_xact_lock(hashtext(@k))", ("k", BlobLockKey(sha)))) await l.ExecuteNonQueryAsync(ct);
            await _content.PutAsync(sha, content, ct);
        }
        await using var blob = Command(c, "INSERT INTO blobs(sha256, size, content) VALUES(@sha, @size, @content) ON CONFLICT (sha256) DO NOTHING",
            ("sha", sha), ("size", (long)content.Length));
        blob.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = _content is null ? content : ReadOnlyMemory<byte>.Empty });
        await blob.ExecuteNonQueryAsync(ct);
    }

    private const string Schema = """
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
        """;

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        if (!_ready)
        {
            await _init.WaitAsync(ct);
            try
            {
                if (!_ready)
                {
                    await using var c = await _source.OpenConnectionAsync(ct);
                    // Several instances may start together: one creates the schema at a time.
                    await using (var l = new NpgsqlCommand("SELECT pg_advisory_lock(7270401)", c)) await l.ExecuteNonQueryAsync(ct);
                    try { await using var s = new NpgsqlCommand(Schema, c); await s.ExecuteNonQueryAsync(ct); }
                    finally { await using var u = new NpgsqlCommand("SELECT pg_advisory_unlock(7270401)", c); await u.ExecuteNonQueryAsync(ct); }
                    _ready = true;
                }
            }
            finally { _init.Release(); }
        }
        return await _source.OpenConnectionAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = new NpgsqlCommand(sql, c);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static DateTime Utc(DateTimeOffset t) => t.UtcDateTime;
    private static DateTimeOffset Time(NpgsqlDataReader r, int i) => new(DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc));

    // ---- campaigns -------------------------------------------------------------------------------------------------

    public async Task<Campaign> CreateCampaignAsync(Campaign campaign, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "INSERT INTO campaigns(id, name, year, ruleset, settings, deadlines, created_at) VALUES(@id,@name,@year,@ruleset,@settings,@deadlines,@created)",
            ("id", campaign.Id), ("name", campaign.Name), ("year", campaign.Year), ("ruleset", campaign.RulesetId),
            ("settings", StoreJson.Write(campaign.Settings)), ("deadlines", StoreJson.Write(campaign.Deadlines)), ("created", Utc(campaign.CreatedAt)));
        await cmd.ExecuteNonQueryAsync(ct);
        return campaign;
    }

    public async Task<Campaign?> GetCampaignAsync(string id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer FROM campaigns WHERE id=@id", ("id", id));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadCampaign(r) : null;
    }

    public async Task<IReadOnlyList<Campaign>> ListCampaignsAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer FROM campaigns ORDER BY created_at, id");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Campaign>();
        while (await r.ReadAsync(ct)) list.Add(ReadCampaign(r));
        return list;
    }

    private static Campaign ReadCampaign(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Year = r.GetInt32(2),
        RulesetId = r.GetString(3),
        Settings = StoreJson.Read<CampaignSettings>(r.GetString(4)),
        Deadlines = StoreJson.Read<List<Deadline>>(r.GetString(5)),
        CreatedAt = Time(r, 6),
        ClosedAt = r.IsDBNull(7) ? null : Time(r, 7),
        Issuer = r.IsDBNull(8) ? null : StoreJson.Read<CampaignIssuer>(r.GetString(8)),
    };

    public async Task<bool> UpdateCampaignAsync(Campaign campaign, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "UPDATE campaigns SET name=@name, ruleset=@ruleset, settings=@settings, deadlines=@deadlines WHERE id=@id",
            ("id", campaign.Id), ("name", campaign.Name), ("ruleset", campaign.RulesetId),
            ("settings", StoreJson.Write(campaign.Settings)), ("deadlines", StoreJson.Write(campaign.Deadlines)));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<bool> SetIssuerAsync(string id, CampaignIssuer issuer, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "UPDATE campaigns SET issuer=@issuer WHERE id=@id", ("id", id), ("issuer", StoreJson.Write(issuer)));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task SetDecisionsAsync(string campaignId, IReadOnlyList<Decision> decisions, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // A share lock on the campaign row: a close waits for this transaction, or this one sees the close.
        await using (var open = Command(c, "SELECT closed_at IS NULL FROM campaigns WHERE id=@c FOR SHARE", ("c", campaignId)))
        {
            var state = await open.ExecuteScalarAsync(ct);
            if (state is null) throw CampaignProblemException.CampaignNotFound(campaignId);
            if (state is false) throw QuotaProblems.Closed(campaignId, "ghi quyết định xếp loại");
        }
        foreach (var d in decisions)
        {
            await using var cmd = Command(c, """
                INSERT INTO decisions(campaign_id, unit_code, level, reason, decided_by, decided_at) VALUES(@c,@u,@l,@r,@by,@at)
                ON CONFLICT (campaign_id, unit_code) DO UPDATE SET level=excluded.level, reason=excluded.reason, decided_by=excluded.decided_by, decided_at=excluded.decided_at
                """, ("c", campaignId), ("u", d.UnitCode), ("l", d.Level), ("r", d.Reason), ("by", d.DecidedBy), ("at", Utc(d.DecidedAt)));
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<Decision>> ListDecisionsAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT unit_code, level, reason, decided_by, decided_at FROM decisions WHERE campaign_id=@c ORDER BY unit_code COLLATE \"C\"", ("c", campaignId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Decision>();
        while (await r.ReadAsync(ct))
            list.Add(new Decision { UnitCode = r.GetString(0), Level = r.GetString(1), Reason = r.IsDBNull(2) ? null : r.GetString(2), DecidedBy = r.GetString(3), DecidedAt = Time(r, 4) });
        return list;
    }

    public async Task<Campaign?> CloseCampaignAsync(string id, DateTimeOffset at, CancellationToken ct = default)
    {
        // The UPDATE waits for the row locks (FOR SHARE) of submissions being committed, and those that come after see it.
        await using (var c = await OpenAsync(ct))
        await using (var cmd = Command(c, "UPDATE campaigns SET closed_at=@at WHERE id=@id AND closed_at IS NULL", ("id", id), ("at", Utc(at))))
            await cmd.ExecuteNonQueryAsync(ct);
        return await GetCampaignAsync(id, ct);
    }

    public async Task<(int UnitVersions, long CampaignBytes)> UsageAsync(string campaignId, string unitCode, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, """
            SELECT (SELECT COUNT(*) FROM submissions WHERE campaign_id=@c AND unit_code=@u),
                   (SELECT COALESCE(SUM(size + octet_length(validation)), 0) FROM submissions WHERE campaign_id=@c)::bigint
            """, ("c", campaignId), ("u", unitCode));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return ((int)r.GetInt64(0), r.GetInt64(1));
    }

    // ---- units -----------------------------------------------------------------------------------------------------

    public async Task ReplaceUnitsAsync(string campaignId, IReadOnlyList<UnitInfo> units, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await using (var del = Command(c, "DELETE FROM units WHERE campaign_id=@c", ("c", campaignId))) await del.ExecuteNonQueryAsync(ct);
        await using (var import = await c.BeginBinaryImportAsync("COPY units(campaign_id, ord, code, name, kind, category, parent) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                await import.StartRowAsync(ct);
                await import.WriteAsync(campaignId, NpgsqlDbType.Text, ct);
                await import.WriteAsync(i, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(u.Code, NpgsqlDbType.Text, ct);
                await import.WriteAsync(u.Name, NpgsqlDbType.Text, ct);
                await import.WriteAsync(u.Kind.Slug(), NpgsqlDbType.Text, ct);
                if (u.Category is null) await import.WriteNullAsync(ct); else await import.WriteAsync(u.Category, NpgsqlDbType.Text, ct);
                if (u.Parent is null) await import.WriteNullAsync(ct); else await import.WriteAsync(u.Parent, NpgsqlDbType.Text, ct);
            }
            await import.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    public async Task<UnitInfo?> GetUnitAsync(string campaignId, string code, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT code, name, kind, category, parent FROM units WHERE campaign_id=@c AND code=@code", ("c", campaignId), ("code", code));
        return (await ReadUnitsAsync(cmd, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT code, name, kind, category, parent FROM units WHERE campaign_id=@c ORDER BY ord", ("c", campaignId));
        return await ReadUnitsAsync(cmd, ct);
    }

    private static async Task<List<UnitInfo>> ReadUnitsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<UnitInfo>();
        while (await r.ReadAsync(ct))
            list.Add(UnitInfos.Create(r.GetString(0), r.GetString(1), UnitKinds.FromSlug(r.GetString(2)) ?? UnitKind.SubordinateCell,
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    // ---- submissions -----------------------------------------------------------------------------------------------

    private const string SubmissionColumns = "id, campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late, parsed_sha256";

    public async Task<SubmissionSave> AddSubmissionAsync(NewSubmission s, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await using (var l = Command(c, "SELECT pg_advisory_xact_lock(hashtext(@k))", ("k", $"{s.CampaignId}\n{s.UnitCode}"))) await l.ExecuteNonQueryAsync(ct);
        // A share lock on the campaign row: a close (UPDATE) waits for this transaction, or this one sees the close.
        await using (var open = Command(c, "SELECT closed_at IS NULL FROM campaigns WHERE id=@c FOR SHARE", ("c", s.CampaignId)))
            if (await open.ExecuteScalarAsync(ct) is false) throw QuotaProblems.Closed(s.CampaignId, "nộp báo cáo");

        await using (var existing = Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c AND unit_code=@u AND sha256=@sha",
            ("c", s.CampaignId), ("u", s.UnitCode), ("sha", sha)))
        await using (var r = await existing.ExecuteReaderAsync(ct))
            if (await r.ReadAsync(ct)) return new SubmissionSave(ReadSubmission(r), false);

        await PutBlobAsync(c, sha, content, ct);
        Submission stored;
        await using (var ins = Command(c, $"""
            INSERT INTO submissions(campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late)
            VALUES(@c, @u, (SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE campaign_id=@c AND unit_code=@u),
                   @sha, @f, @size, @at, @ok, @e, @w, @rs, @cu, @cy, @val, @late)
            RETURNING {SubmissionColumns}
            """,
            ("c", s.CampaignId), ("u", s.UnitCode), ("sha", sha), ("f", s.FileName), ("size", (long)content.Length), ("at", Utc(s.ReceivedAt)),
            ("ok", s.Readable), ("e", s.Errors), ("w", s.Warnings), ("rs", s.RulesetId), ("cu", s.ClaimedUnit), ("cy", s.ClaimedYear), ("val", s.ValidationJson), ("late", s.Late)))
        await using (var r = await ins.ExecuteReaderAsync(ct))
        {
            await r.ReadAsync(ct);
            stored = ReadSubmission(r);
        }
        await tx.CommitAsync(ct);
        return new SubmissionSave(stored, true);
    }

    private static Submission ReadSubmission(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        CampaignId = r.GetString(1),
        UnitCode = r.GetString(2),
        Version = r.GetInt32(3),
        Sha256 = r.GetString(4),
        FileName = r.GetString(5),
        Size = r.GetInt64(6),
        ReceivedAt = Time(r, 7),
        Readable = r.GetBoolean(8),
        Errors = r.GetInt32(9),
        Warnings = r.GetInt32(10),
        RulesetId = r.IsDBNull(11) ? null : r.GetString(11),
        ClaimedUnit = r.IsDBNull(12) ? null : r.GetString(12),
        ClaimedYear = r.IsDBNull(13) ? null : r.GetInt32(13),
        ValidationJson = r.GetString(14),
        Late = r.IsDBNull(15) ? null : r.GetBoolean(15),
        ParsedSha256 = r.IsDBNull(16) ? null : r.GetString(16),
    };

    private static async Task<IReadOnlyList<Submission>> ReadSubmissionsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Submission>();
        while (await r.ReadAsync(ct)) list.Add(ReadSubmission(r));
        return list;
    }

    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string campaignId, string? unitCode = null, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = unitCode is null
            ? Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c ORDER BY id", ("c", campaignId))
            : Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c AND unit_code=@u ORDER BY version", ("c", campaignId), ("u", unitCode));
        return await ReadSubmissionsAsync(cmd, ct);
    }

    public async Task<IReadOnlyList<Submission>> LatestSubmissionsAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"""
            SELECT DISTINCT ON (unit_code) {SubmissionColumns} FROM submissions WHERE campaign_id=@c
            ORDER BY unit_code, version DESC
            """, ("c", campaignId));
        var list = await ReadSubmissionsAsync(cmd, ct);
        return list.OrderBy(s => s.Id).ToList();
    }

    public async Task<Submission?> GetSubmissionAsync(string campaignId, long id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=@c AND id=@id", ("c", campaignId), ("id", id));
        return (await ReadSubmissionsAsync(cmd, ct)).FirstOrDefault();
    }

    public async Task<bool> SetParsedAsync(string campaignId, long submissionId, ReadOnlyMemory<byte> parsed, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(parsed.Span);
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // One writer of parsed forms at a time: two submissions may share one form, and a replaced form is removed
        // only when nothing names it.
        await using (var l = Command(c, "SELECT pg_advisory_xact_lock(hashtext('officereview parsed forms'))")) await l.ExecuteNonQueryAsync(ct);
        string? old;
        await using (var q = Command(c, "SELECT parsed_sha256 FROM submissions WHERE campaign_id=@c AND id=@id FOR UPDATE", ("c", campaignId), ("id", submissionId)))
        await using (var r = await q.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return false;
            old = r.IsDBNull(0) ? null : r.GetString(0);
        }
        if (old == sha) return true;
        await PutBlobAsync(c, sha, parsed, ct);
        await using (var u = Command(c, "UPDATE submissions SET parsed_sha256=@p WHERE campaign_id=@c AND id=@id", ("p", sha), ("c", campaignId), ("id", submissionId)))
            await u.ExecuteNonQueryAsync(ct);
        var removed = 0;
        // External bytes of the replaced form: held under the blob's lock (a session lock, so past the commit) until
        // they are deleted, so a writer storing the same bytes meanwhile waits and then uploads them anew.
        var external = old is not null && _content is not null;
        if (external)
            await using (var l = Command(c, "SELECT pg_advisory_lock(hashtext(@k))", ("k", BlobLockKey(old!)))) await l.ExecuteNonQueryAsync(ct);
        try
        {
            if (old is not null)
                await using (var d = Command(c, """
                    DELETE FROM blobs b WHERE b.sha256=@old
                      AND NOT EXISTS (SELECT 1 FROM submissions WHERE sha256=@old OR parsed_sha256=@old)
                      AND NOT EXISTS (SELECT 1 FROM results WHERE json_sha256=@old OR workbook_sha256=@old)
                      AND NOT EXISTS (SELECT 1 FROM documents WHERE sha256=@old OR approved_sha256=@old)
                    """, ("old", old)))
                    removed = await d.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            if (external && removed > 0) await _content!.DeleteAsync(old!, ct);
        }
        finally
        {
            if (external)
                await using (var u = Command(c, "SELECT pg_advisory_unlock(hashtext(@k))", ("k", BlobLockKey(old!)))) await u.ExecuteNonQueryAsync(CancellationToken.None);
        }
        return true;
    }

    private static string BlobLockKey(string sha) => $"officereview blob\n{sha}";

    public async Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT size, content FROM blobs WHERE sha256=@sha", ("sha", sha256));
        long size;
        byte[] inline;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return null;
            size = r.GetInt64(0);
            inline = (byte[])r.GetValue(1);
        }
        // The row names the bytes; they sit in the row, or (empty content, size > 0) in the external store.
        if (inline.Length == size || _content is null) return inline;
        return await _content.GetAsync(sha256, ct);
    }

    // ---- results ---------------------------------------------------------------------------------------------------

    private const string ResultColumns = "id, campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary";

    public async Task<StoredResult> AddResultAsync(NewResult result, ReadOnlyMemory<byte> json, ReadOnlyMemory<byte>? workbook, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        async Task<string> Blob(ReadOnlyMemory<byte> bytes)
        {
            var sha = BlobFiles.Hash(bytes.Span);
            await PutBlobAsync(c, sha, bytes, ct);
            return sha;
        }
        var jsonSha = await Blob(json);
        var workbookSha = workbook is { } w ? await Blob(w) : null;
        long id;
        await using (var ins = Command(c, "INSERT INTO results(campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary) VALUES(@c,@u,@at,@j,@w,@s) RETURNING id",
            ("c", result.CampaignId), ("u", result.UnitCode), ("at", Utc(result.CreatedAt)), ("j", jsonSha), ("w", workbookSha), ("s", result.SummaryJson)))
            id = (long)(await ins.ExecuteScalarAsync(ct))!;
        await tx.CommitAsync(ct);
        return new StoredResult
        {
            Id = id, CampaignId = result.CampaignId, UnitCode = result.UnitCode, CreatedAt = result.CreatedAt,
            JsonSha256 = jsonSha, WorkbookSha256 = workbookSha, SummaryJson = result.SummaryJson,
        };
    }

    // ---- documents -------------------------------------------------------------------------------------------------

    private const string DocumentColumns = "id, campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source, number, document_number, approved_by, approved_at, approved_sha256, approval";

    public async Task<StoredDocument> AddDocumentAsync(StoredDocument document, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await PutBlobAsync(c, sha, content, ct);
        long id;
        await using (var ins = Command(c, "INSERT INTO documents(campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source) VALUES(@c,@k,@u,@s,@sha,@f,@size,@at,@by,@src) RETURNING id",
            ("c", document.CampaignId), ("k", document.Kind), ("u", document.UnitCode), ("s", document.State), ("sha", sha), ("f", document.FileName),
            ("size", (long)content.Length), ("at", Utc(document.CreatedAt)), ("by", document.CreatedBy), ("src", document.SourceJson)))
            id = (long)(await ins.ExecuteScalarAsync(ct))!;
        await tx.CommitAsync(ct);
        return document with { Id = id, Sha256 = sha, Size = content.Length };
    }

    public async Task<StoredDocument?> GetDocumentAsync(string campaignId, long id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=@c AND id=@id", ("c", campaignId), ("id", id));
        return (await ReadDocumentsAsync(cmd, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=@c ORDER BY id", ("c", campaignId));
        return await ReadDocumentsAsync(cmd, ct);
    }

    public async Task<StoredDocument?> ApproveDocumentAsync(string campaignId, long id, string registerKey, Func<int, DocumentApproval> render, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        StoredDocument? doc;
        // The document row, then the register row, locked (FOR UPDATE) until commit: approvals of one register queue up.
        await using (var get = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=@c AND id=@id FOR UPDATE", ("c", campaignId), ("id", id)))
            doc = (await ReadDocumentsAsync(get, ct)).FirstOrDefault();
        if (doc is null || doc.State == "approved") return doc;
        await using (var ins = Command(c, "INSERT INTO registers(register_key, last_number) VALUES(@k, 0) ON CONFLICT (register_key) DO NOTHING", ("k", registerKey)))
            await ins.ExecuteNonQueryAsync(ct);
        int last;
        await using (var reg = Command(c, "SELECT last_number FROM registers WHERE register_key=@k FOR UPDATE", ("k", registerKey)))
            last = Convert.ToInt32(await reg.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        var number = last + 1;
        var approval = render(number);
        var sha = BlobFiles.Hash(approval.Content);
        await PutBlobAsync(c, sha, approval.Content, ct);
        await using (var reg = Command(c, "UPDATE registers SET last_number=@n WHERE register_key=@k", ("k", registerKey), ("n", number)))
            await reg.ExecuteNonQueryAsync(ct);
        await using (var upd = Command(c, """
            UPDATE documents SET state='approved', number=@n, document_number=@dn, approved_by=@by, approved_at=@at, approved_sha256=@sha, approval=@rec
            WHERE campaign_id=@c AND id=@id
            """, ("n", number), ("dn", approval.DocumentNumber), ("by", approval.ApprovedBy), ("at", Utc(approval.ApprovedAt)), ("sha", sha),
            ("rec", approval.RecordJson), ("c", campaignId), ("id", id)))
            await upd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return await GetDocumentAsync(campaignId, id, ct);
    }

    private static async Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<StoredDocument>();
        while (await r.ReadAsync(ct))
            list.Add(new StoredDocument
            {
                Id = r.GetInt64(0), CampaignId = r.GetString(1), Kind = r.GetString(2), UnitCode = r.GetString(3), State = r.GetString(4), Sha256 = r.GetString(5),
                FileName = r.GetString(6), Size = r.GetInt64(7), CreatedAt = Time(r, 8), CreatedBy = r.GetString(9), SourceJson = r.GetString(10),
                Number = r.IsDBNull(11) ? null : r.GetInt32(11), DocumentNumber = r.IsDBNull(12) ? null : r.GetString(12), ApprovedBy = r.IsDBNull(13) ? null : r.GetString(13),
                ApprovedAt = r.IsDBNull(14) ? null : Time(r, 14), ApprovedSha256 = r.IsDBNull(15) ? null : r.GetString(15), ApprovalJson = r.IsDBNull(16) ? null : r.GetString(16),
            });
        return list;
    }

    private static async Task<IReadOnlyList<StoredResult>> ReadResultsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<StoredResult>();
        while (await r.ReadAsync(ct))
            list.Add(new StoredResult
            {
                Id = r.GetInt64(0), CampaignId = r.GetString(1), UnitCode = r.GetString(2), CreatedAt = Time(r, 3),
                JsonSha256 = r.GetString(4), WorkbookSha256 = r.IsDBNull(5) ? null : r.GetString(5), SummaryJson = r.GetString(6),
            });
        return list;
    }

    public async Task<StoredResult?> GetResultAsync(string campaignId, long id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"SELECT {ResultColumns} FROM results WHERE campaign_id=@c AND id=@id", ("c", campaignId), ("id", id));
        return (await ReadResultsAsync(cmd, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<StoredResult>> ListResultsAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, $"SELECT {ResultColumns} FROM results WHERE campaign_id=@c ORDER BY id", ("c", campaignId));
        return await ReadResultsAsync(cmd, ct);
    }

    // ---- integrity -------------------------------------------------------------------------------------------------

    public async Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        await using (var cmd = Command(c, "SELECT sha256 FROM submissions UNION SELECT parsed_sha256 FROM submissions WHERE parsed_sha256 IS NOT NULL UNION SELECT json_sha256 FROM results UNION SELECT workbook_sha256 FROM results WHERE workbook_sha256 IS NOT NULL UNION SELECT sha256 FROM documents UNION SELECT approved_sha256 FROM documents WHERE approved_sha256 IS NOT NULL"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) referenced.Add(r.GetString(0));
        var present = new HashSet<string>(StringComparer.Ordinal);
        var corrupt = new List<string>();
        var external = new List<string>();
        await using (var cmd = Command(c, "SELECT sha256, encode(sha256(content), 'hex'), length(content) = size FROM blobs"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                present.Add(r.GetString(0));
                if (!r.GetBoolean(2) && _content is not null) external.Add(r.GetString(0));
                else if (r.GetString(0) != r.GetString(1)) corrupt.Add(r.GetString(0));
            }
        var missing = new List<string>();
        var orphans = new List<string>();
        if (_content is not null)
        {
            // Bytes in the external store: each row's bytes there and matching their hash; stored bytes no row names
            // (a crash between the upload and the row's commit) are listed as orphans.
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var name in _content.ListAsync(ct)) stored.Add(name);
            foreach (var sha in external)
            {
                if (!stored.Contains(sha)) { missing.Add(sha); continue; }
                try { if (await _content.GetAsync(sha, ct) is null) missing.Add(sha); }
                catch (InvalidDataException) { corrupt.Add(sha); }
            }
            orphans.AddRange(stored.Where(s => !present.Contains(s)));
        }
        int submissions;
        await using (var cmd = Command(c, "SELECT COUNT(*) FROM submissions")) submissions = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new StoreIntegrity(submissions, present.Count,
            referenced.Where(s => !present.Contains(s)).Concat(missing).Distinct().Order().ToList(), corrupt.Order().ToList(),
            present.Where(s => !referenced.Contains(s)).Concat(orphans).Distinct().Order().ToList(), []);
    }

    public void Dispose()
    {
        _source.Dispose();
        _init.Dispose();
    }
}
