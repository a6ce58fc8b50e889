using System.Globalization;
using Microsoft.Data.Sqlite;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// The embedded store: SQLite (WAL, synchronous=FULL) for rows, content-addressed files for bytes, both under one
/// data folder. Writes are serialized in-process; blobs are made durable before their row is committed. On start,
/// when no other process uses the folder, temp files and unreferenced blobs left by a crash are removed.
/// </summary>
public sealed partial class SqliteCampaignStore : ICampaignStore, IDisposable
{
    private readonly string _connectionString;
    private readonly BlobFiles _blobs;
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly FileStream _lock;

    public string Provider => StorageOptions.Sqlite;
    public string DataFolder { get; }

    public SqliteCampaignStore(string dataFolder)
    {
        DataFolder = Path.GetFullPath(dataFolder);
        Hosting.DataFolderPermissions.Secure(DataFolder); // 0700 folder, 0600 files, umask 077 (Unix)
        _blobs = new BlobFiles(DataFolder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataFolder, "officereview.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();

        var lockPath = Path.Combine(DataFolder, "officereview.lock");
        bool alone;
        FileStream? exclusive = null;
        try { exclusive = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); alone = true; }
        catch (IOException) { alone = false; }

        using (var c = Open())
        {
            Exec(c, "PRAGMA journal_mode=WAL;");
            Exec(c, Schema);
            AddColumnIfMissing(c, "campaigns", "closed_at", "TEXT");
            AddColumnIfMissing(c, "submissions", "late", "INTEGER");
            AddColumnIfMissing(c, "campaigns", "issuer", "TEXT");
            AddColumnIfMissing(c, "submissions", "parsed_sha256", "TEXT");
        }
        if (alone) Recover();
        exclusive?.Dispose();
        // Held for the store's lifetime so that another process starting on this folder skips the clean-up.
        _lock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
    }

    private const string Schema = """
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
        CREATE TABLE IF NOT EXISTS forms(
            campaign_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL,
            uploaded_at TEXT NOT NULL, uploaded_by TEXT, check_json TEXT NOT NULL);
        """;

    /// <summary>Folders made by older versions gain the columns added since (closed state, stored "late").</summary>
    private static void AddColumnIfMissing(SqliteConnection c, string table, string column, string type)
    {
        using var info = Command(c, $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name=$n", ("$n", column));
        if (Convert.ToInt64(info.ExecuteScalar(), CultureInfo.InvariantCulture) == 0) Exec(c, $"ALTER TABLE {table} ADD COLUMN {column} {type};");
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Exec(c, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;");
        return c;
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static string Time(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);
    private static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    // ---- campaigns -------------------------------------------------------------------------------------------------

    public async Task<Campaign> CreateCampaignAsync(Campaign campaign, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "INSERT INTO campaigns(id, name, year, ruleset, settings, deadlines, created_at) VALUES($id,$name,$year,$ruleset,$settings,$deadlines,$created)",
                ("$id", campaign.Id), ("$name", campaign.Name), ("$year", campaign.Year), ("$ruleset", campaign.RulesetId),
                ("$settings", StoreJson.Write(campaign.Settings)), ("$deadlines", StoreJson.Write(campaign.Deadlines)), ("$created", Time(campaign.CreatedAt)));
            cmd.ExecuteNonQuery();
            return campaign;
        }
        finally { _write.Release(); }
    }

    public Task<Campaign?> GetCampaignAsync(string id, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer FROM campaigns WHERE id=$id", ("$id", id));
        using var r = cmd.ExecuteReader();
        return Task.FromResult(r.Read() ? ReadCampaign(r) : null);
    }

    public Task<IReadOnlyList<Campaign>> ListCampaignsAsync(CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT id, name, year, ruleset, settings, deadlines, created_at, closed_at, issuer FROM campaigns ORDER BY created_at, id");
        using var r = cmd.ExecuteReader();
        var list = new List<Campaign>();
        while (r.Read()) list.Add(ReadCampaign(r));
        return Task.FromResult<IReadOnlyList<Campaign>>(list);
    }

    private static Campaign ReadCampaign(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Year = r.GetInt32(2),
        RulesetId = r.GetString(3),
        Settings = StoreJson.Read<CampaignSettings>(r.GetString(4)),
        Deadlines = StoreJson.Read<List<Deadline>>(r.GetString(5)),
        CreatedAt = Time(r.GetString(6)),
        ClosedAt = r.IsDBNull(7) ? null : Time(r.GetString(7)),
        Issuer = r.IsDBNull(8) ? null : StoreJson.Read<CampaignIssuer>(r.GetString(8)),
    };

    public async Task<bool> UpdateCampaignAsync(Campaign campaign, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "UPDATE campaigns SET name=$name, ruleset=$ruleset, settings=$settings, deadlines=$deadlines WHERE id=$id",
                ("$id", campaign.Id), ("$name", campaign.Name), ("$ruleset", campaign.RulesetId),
                ("$settings", StoreJson.Write(campaign.Settings)), ("$deadlines", StoreJson.Write(campaign.Deadlines)));
            return cmd.ExecuteNonQuery() == 1;
        }
        finally { _write.Release(); }
    }

    public async Task<bool> SetIssuerAsync(string id, CampaignIssuer issuer, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "UPDATE campaigns SET issuer=$issuer WHERE id=$id", ("$id", id), ("$issuer", StoreJson.Write(issuer)));
            return cmd.ExecuteNonQuery() == 1;
        }
        finally { _write.Release(); }
    }

    public async Task SetDecisionsAsync(string campaignId, IReadOnlyList<Decision> decisions, CancellationToken ct = default)
    {
        // Under the write lock, like a close: a decision committed after the close cannot exist.
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            using (var open = Command(c, "SELECT closed_at IS NULL FROM campaigns WHERE id=$c", ("$c", campaignId)))
            {
                open.Transaction = tx;
                var state = open.ExecuteScalar();
                if (state is null) throw CampaignProblemException.CampaignNotFound(campaignId);
                if (Convert.ToInt64(state, CultureInfo.InvariantCulture) == 0) throw QuotaProblems.Closed(campaignId, "ghi quyết định xếp loại");
            }
            foreach (var d in decisions)
            {
                using var cmd = Command(c, """
                    INSERT INTO decisions(campaign_id, unit_code, level, reason, decided_by, decided_at) VALUES($c,$u,$l,$r,$by,$at)
                    ON CONFLICT(campaign_id, unit_code) DO UPDATE SET level=excluded.level, reason=excluded.reason, decided_by=excluded.decided_by, decided_at=excluded.decided_at
                    """, ("$c", campaignId), ("$u", d.UnitCode), ("$l", d.Level), ("$r", d.Reason), ("$by", d.DecidedBy), ("$at", Time(d.DecidedAt)));
                cmd.Transaction = tx;
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        finally { _write.Release(); }
    }

    public Task<IReadOnlyList<Decision>> ListDecisionsAsync(string campaignId, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT unit_code, level, reason, decided_by, decided_at FROM decisions WHERE campaign_id=$c ORDER BY unit_code", ("$c", campaignId));
        using var r = cmd.ExecuteReader();
        var list = new List<Decision>();
        while (r.Read())
            list.Add(new Decision { UnitCode = r.GetString(0), Level = r.GetString(1), Reason = r.IsDBNull(2) ? null : r.GetString(2), DecidedBy = r.GetString(3), DecidedAt = Time(r.GetString(4)) });
        return Task.FromResult<IReadOnlyList<Decision>>(list);
    }

    public async Task<Campaign?> CloseCampaignAsync(string id, DateTimeOffset at, CancellationToken ct = default)
    {
        // Under the write lock, like the group commit of submissions: a row committed after this cannot exist.
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var cmd = Command(c, "UPDATE campaigns SET closed_at=$at WHERE id=$id AND closed_at IS NULL", ("$id", id), ("$at", Time(at)));
            cmd.ExecuteNonQuery();
        }
        finally { _write.Release(); }
        return await GetCampaignAsync(id, ct);
    }

    public Task<(int UnitVersions, long CampaignBytes)> UsageAsync(string campaignId, string unitCode, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, """
            SELECT (SELECT COUNT(*) FROM submissions WHERE campaign_id=$c AND unit_code=$u),
                   (SELECT COALESCE(SUM(size + length(validation)), 0) FROM submissions WHERE campaign_id=$c)
            """, ("$c", campaignId), ("$u", unitCode));
        using var r = cmd.ExecuteReader();
        r.Read();
        return Task.FromResult(((int)r.GetInt64(0), r.GetInt64(1)));
    }

    // ---- units -----------------------------------------------------------------------------------------------------

    public async Task ReplaceUnitsAsync(string campaignId, IReadOnlyList<UnitInfo> units, CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            using (var del = Command(c, "DELETE FROM units WHERE campaign_id=$c", ("$c", campaignId))) { del.Transaction = tx; del.ExecuteNonQuery(); }
            using var ins = Command(c, "INSERT INTO units(campaign_id, ord, code, name, kind, category, parent) VALUES($c,$o,$code,$name,$kind,$cat,$parent)",
                ("$c", campaignId), ("$o", 0), ("$code", ""), ("$name", ""), ("$kind", ""), ("$cat", null), ("$parent", null));
            ins.Transaction = tx;
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                ins.Parameters["$o"].Value = i;
                ins.Parameters["$code"].Value = u.Code;
                ins.Parameters["$name"].Value = u.Name;
                ins.Parameters["$kind"].Value = u.Kind.Slug();
                ins.Parameters["$cat"].Value = (object?)u.Category ?? DBNull.Value;
                ins.Parameters["$parent"].Value = (object?)u.Parent ?? DBNull.Value;
                ins.ExecuteNonQuery();
            }
            tx.Commit();
        }
        finally { _write.Release(); }
    }

    public Task<UnitInfo?> GetUnitAsync(string campaignId, string code, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT code, name, kind, category, parent FROM units WHERE campaign_id=$c AND code=$code", ("$c", campaignId), ("$code", code));
        return Task.FromResult(ReadUnits(cmd).FirstOrDefault());
    }

    public Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(string campaignId, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, "SELECT code, name, kind, category, parent FROM units WHERE campaign_id=$c ORDER BY ord", ("$c", campaignId));
        return Task.FromResult<IReadOnlyList<UnitInfo>>(ReadUnits(cmd));
    }

    private static List<UnitInfo> ReadUnits(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<UnitInfo>();
        while (r.Read())
            list.Add(UnitInfos.Create(r.GetString(0), r.GetString(1), UnitKinds.FromSlug(r.GetString(2)) ?? UnitKind.SubordinateCell,
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    // ---- submissions -----------------------------------------------------------------------------------------------

    private const string SubmissionColumns = "id, campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late, parsed_sha256";

    private sealed record PendingSubmission(NewSubmission Submission, string Sha, long Size, TaskCompletionSource<SubmissionSave> Done);

    private readonly object _pendingLock = new();
    private List<PendingSubmission> _pending = [];
    private bool _writerRunning;

    private Submission? Existing(SqliteConnection c, SqliteTransaction? tx, string campaignId, string unitCode, string sha)
    {
        using var existing = Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=$c AND unit_code=$u AND sha256=$sha",
            ("$c", campaignId), ("$u", unitCode), ("$sha", sha));
        existing.Transaction = tx;
        using var r = existing.ExecuteReader();
        return r.Read() ? ReadSubmission(r) : null;
    }

    /// <summary>
    /// The blob's content is written, fsynced and renamed into place by the caller's thread; the rows of concurrent
    /// submissions are committed together by one dedicated thread (group commit: the blob folders of the batch fsynced
    /// once each, then one transaction and one WAL fsync for all that arrived meanwhile). Each caller is answered only
    /// after the transaction holding its row has committed. The writer is not a thread-pool thread, so a burst of
    /// requests queued on the pool cannot hold the commit back.
    /// </summary>
    public async Task<SubmissionSave> AddSubmissionAsync(NewSubmission s, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        using (var c0 = Open())
            if (Existing(c0, null, s.CampaignId, s.UnitCode, sha) is { } known) return new SubmissionSave(known, false);

        // Durable bytes first (concurrent writers of the same bytes are harmless); the row that makes them a submission comes after.
        _blobs.Write(sha, content.Span, syncFolder: false);

        var pending = new PendingSubmission(s, sha, content.Length, new TaskCompletionSource<SubmissionSave>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool startWriter;
        lock (_pendingLock)
        {
            _pending.Add(pending);
            startWriter = !_writerRunning;
            if (startWriter) _writerRunning = true;
        }
        if (startWriter) new Thread(WriteRows) { IsBackground = true, Name = "OfficeReview group commit" }.Start();
        return await pending.Done.Task.WaitAsync(ct);
    }

    private void WriteRows()
    {
        while (true)
        {
            List<PendingSubmission> batch;
            lock (_pendingLock)
            {
                if (_pending.Count == 0) { _writerRunning = false; return; }
                batch = _pending;
                _pending = [];
            }
            // Nothing may escape this thread (an exception here would end the process, e.g. the store disposed
            // meanwhile): every failure goes to the callers of the batch.
            try
            {
                _write.Wait();
                try
                {
                    // The renames of this batch's blobs (made by the callers without a folder fsync) become durable
                    // before any row naming them is committed: a committed row never points to a lost blob.
                    _blobs.SyncFolders(batch.Select(p => p.Sha));
                    var results = CommitRows(batch);
                    for (var i = 0; i < batch.Count; i++)
                        if (results[i] is { } saved) batch[i].Done.TrySetResult(saved);
                        else batch[i].Done.TrySetException(QuotaProblems.Closed(batch[i].Submission.CampaignId, "nộp báo cáo"));
                }
                finally { _write.Release(); }
            }
            catch (Exception e)
            {
                foreach (var p in batch) p.Done.TrySetException(e);
            }
        }
    }

    private List<SubmissionSave?> CommitRows(List<PendingSubmission> batch)
    {
        var results = new List<SubmissionSave?>(batch.Count);
        using var c = Open();
        using var tx = c.BeginTransaction();
        var closed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (s, sha, size, _) in batch)
        {
            if (!closed.TryGetValue(s.CampaignId, out var isClosed))
            {
                using var q = Command(c, "SELECT closed_at IS NOT NULL FROM campaigns WHERE id=$c", ("$c", s.CampaignId));
                q.Transaction = tx;
                closed[s.CampaignId] = isClosed = Convert.ToInt64(q.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture) != 0;
            }
            if (isClosed)
            {
                results.Add(null);
                continue;
            }
            if (Existing(c, tx, s.CampaignId, s.UnitCode, sha) is { } raced)
            {
                results.Add(new SubmissionSave(raced, false));
                continue;
            }
            long version;
            using (var v = Command(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE campaign_id=$c AND unit_code=$u", ("$c", s.CampaignId), ("$u", s.UnitCode)))
            {
                v.Transaction = tx;
                version = (long)v.ExecuteScalar()!;
            }
            long id;
            using (var ins = Command(c, """
                INSERT INTO submissions(campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, ruleset, claimed_unit, claimed_year, validation, late)
                VALUES($c,$u,$v,$sha,$f,$size,$at,$ok,$e,$w,$rs,$cu,$cy,$val,$late) RETURNING id
                """,
                ("$c", s.CampaignId), ("$u", s.UnitCode), ("$v", version), ("$sha", sha), ("$f", s.FileName), ("$size", size),
                ("$at", Time(s.ReceivedAt)), ("$ok", s.Readable ? 1 : 0), ("$e", s.Errors), ("$w", s.Warnings), ("$rs", s.RulesetId),
                ("$cu", s.ClaimedUnit), ("$cy", s.ClaimedYear), ("$val", s.ValidationJson), ("$late", s.Late ? 1 : 0)))
            {
                ins.Transaction = tx;
                id = (long)ins.ExecuteScalar()!;
            }
            results.Add(new SubmissionSave(new Submission
            {
                Id = id, CampaignId = s.CampaignId, UnitCode = s.UnitCode, Version = (int)version, Sha256 = sha, FileName = s.FileName,
                Size = size, ReceivedAt = s.ReceivedAt, Readable = s.Readable, Errors = s.Errors, Warnings = s.Warnings,
                RulesetId = s.RulesetId, ClaimedUnit = s.ClaimedUnit, ClaimedYear = s.ClaimedYear, ValidationJson = s.ValidationJson, Late = s.Late,
            }, true));
        }
        tx.Commit();
        return results;
    }

    private static Submission ReadSubmission(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        CampaignId = r.GetString(1),
        UnitCode = r.GetString(2),
        Version = r.GetInt32(3),
        Sha256 = r.GetString(4),
        FileName = r.GetString(5),
        Size = r.GetInt64(6),
        ReceivedAt = Time(r.GetString(7)),
        Readable = r.GetInt64(8) != 0,
        Errors = r.GetInt32(9),
        Warnings = r.GetInt32(10),
        RulesetId = r.IsDBNull(11) ? null : r.GetString(11),
        ClaimedUnit = r.IsDBNull(12) ? null : r.GetString(12),
        ClaimedYear = r.IsDBNull(13) ? null : r.GetInt32(13),
        ValidationJson = r.GetString(14),
        Late = r.IsDBNull(15) ? null : r.GetInt64(15) != 0,
        ParsedSha256 = r.IsDBNull(16) ? null : r.GetString(16),
    };

    private static IReadOnlyList<Submission> ReadSubmissions(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<Submission>();
        while (r.Read()) list.Add(ReadSubmission(r));
        return list;
    }

    public Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string campaignId, string? unitCode = null, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = unitCode is null
            ? Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=$c ORDER BY id", ("$c", campaignId))
            : Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=$c AND unit_code=$u ORDER BY version", ("$c", campaignId), ("$u", unitCode));
        return Task.FromResult(ReadSubmissions(cmd));
    }

    public Task<IReadOnlyList<Submission>> LatestSubmissionsAsync(string campaignId, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"""
            SELECT {string.Join(", ", SubmissionColumns.Split(", ").Select(col => "s." + col))} FROM submissions s
            JOIN (SELECT unit_code, MAX(version) AS v FROM submissions WHERE campaign_id=$c GROUP BY unit_code) m
              ON s.unit_code = m.unit_code AND s.version = m.v
            WHERE s.campaign_id=$c ORDER BY s.id
            """, ("$c", campaignId));
        return Task.FromResult(ReadSubmissions(cmd));
    }

    public Task<Submission?> GetSubmissionAsync(string campaignId, long id, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"SELECT {SubmissionColumns} FROM submissions WHERE campaign_id=$c AND id=$id", ("$c", campaignId), ("$id", id));
        return Task.FromResult(ReadSubmissions(cmd).FirstOrDefault());
    }

    public async Task<bool> SetParsedAsync(string campaignId, long submissionId, ReadOnlyMemory<byte> parsed, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(parsed.Span);
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            string? old;
            using (var q = Command(c, "SELECT parsed_sha256 FROM submissions WHERE campaign_id=$c AND id=$id", ("$c", campaignId), ("$id", submissionId)))
            using (var r = q.ExecuteReader())
            {
                if (!r.Read()) return false;
                old = r.IsDBNull(0) ? null : r.GetString(0);
            }
            if (old == sha) return true;
            // Durable bytes first, then the row that names them (as for every blob of this store).
            _blobs.Write(sha, parsed.Span);
            using (var u = Command(c, "UPDATE submissions SET parsed_sha256=$p WHERE campaign_id=$c AND id=$id", ("$p", sha), ("$c", campaignId), ("$id", submissionId)))
                u.ExecuteNonQuery();
            // The replaced form goes when nothing names it any more (writers of results and documents hold this lock;
            // a submission's own bytes are never a parsed form: those are refused as unreadable before they are stored).
            if (old is not null && IsSha(old) && !ReferencedBlobs(c).Contains(old)) _blobs.Delete(old);
            return true;
        }
        finally { _write.Release(); }
    }

    public Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default) =>
        Task.FromResult(IsSha(sha256) ? _blobs.Read(sha256) : null);

    private static bool IsSha(string s) => s.Length == 64 && s.All(ch => ch is >= '0' and <= '9' or >= 'a' and <= 'f');

    // ---- results ---------------------------------------------------------------------------------------------------

    private const string ResultColumns = "id, campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary";

    public async Task<StoredResult> AddResultAsync(NewResult result, ReadOnlyMemory<byte> json, ReadOnlyMemory<byte>? workbook, CancellationToken ct = default)
    {
        var jsonSha = BlobFiles.Hash(json.Span);
        var workbookSha = workbook is { } w ? BlobFiles.Hash(w.Span) : null;
        await _write.WaitAsync(ct);
        try
        {
            _blobs.Write(jsonSha, json.Span);
            if (workbook is { } wb) _blobs.Write(workbookSha!, wb.Span);
            using var c = Open();
            using var ins = Command(c, "INSERT INTO results(campaign_id, unit_code, created_at, json_sha256, workbook_sha256, summary) VALUES($c,$u,$at,$j,$w,$s) RETURNING id",
                ("$c", result.CampaignId), ("$u", result.UnitCode), ("$at", Time(result.CreatedAt)), ("$j", jsonSha), ("$w", workbookSha), ("$s", result.SummaryJson));
            var id = (long)ins.ExecuteScalar()!;
            return new StoredResult
            {
                Id = id, CampaignId = result.CampaignId, UnitCode = result.UnitCode, CreatedAt = result.CreatedAt,
                JsonSha256 = jsonSha, WorkbookSha256 = workbookSha, SummaryJson = result.SummaryJson,
            };
        }
        finally { _write.Release(); }
    }

    // ---- documents -------------------------------------------------------------------------------------------------

    private const string DocumentColumns = "id, campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source, number, document_number, approved_by, approved_at, approved_sha256, approval";

    public async Task<StoredDocument> AddDocumentAsync(StoredDocument document, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        await _write.WaitAsync(ct);
        try
        {
            _blobs.Write(sha, content.Span); // durable before the row that names it
            using var c = Open();
            using var ins = Command(c, "INSERT INTO documents(campaign_id, kind, unit_code, state, sha256, file_name, size, created_at, created_by, source) VALUES($c,$k,$u,$s,$sha,$f,$size,$at,$by,$src) RETURNING id",
                ("$c", document.CampaignId), ("$k", document.Kind), ("$u", document.UnitCode), ("$s", document.State), ("$sha", sha), ("$f", document.FileName),
                ("$size", (long)content.Length), ("$at", Time(document.CreatedAt)), ("$by", document.CreatedBy), ("$src", document.SourceJson));
            var id = (long)ins.ExecuteScalar()!;
            return document with { Id = id, Sha256 = sha, Size = content.Length };
        }
        finally { _write.Release(); }
    }

    public Task<StoredDocument?> GetDocumentAsync(string campaignId, long id, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=$c AND id=$id", ("$c", campaignId), ("$id", id));
        return Task.FromResult(ReadDocuments(cmd).FirstOrDefault());
    }

    public Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string campaignId, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=$c ORDER BY id", ("$c", campaignId));
        return Task.FromResult(ReadDocuments(cmd));
    }

    public async Task<StoredDocument?> ApproveDocumentAsync(string campaignId, long id, string registerKey, Func<int, DocumentApproval> render, CancellationToken ct = default)
    {
        // Under the write lock: one number per approval, no gap, no repeat.
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            StoredDocument? doc;
            using (var get = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=$c AND id=$id", ("$c", campaignId), ("$id", id)))
                doc = ReadDocuments(get).FirstOrDefault();
            if (doc is null || doc.State == "approved") return doc;
            long last;
            using (var reg = Command(c, "SELECT last_number FROM registers WHERE register_key=$k", ("$k", registerKey)))
                last = reg.ExecuteScalar() is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
            var number = (int)(last + 1);
            var approval = render(number);
            var sha = BlobFiles.Hash(approval.Content);
            _blobs.Write(sha, approval.Content); // durable before the row that names it
            using var tx = c.BeginTransaction();
            using (var reg = Command(c, "INSERT INTO registers(register_key, last_number) VALUES($k,$n) ON CONFLICT(register_key) DO UPDATE SET last_number=excluded.last_number", ("$k", registerKey), ("$n", number)))
            {
                reg.Transaction = tx;
                reg.ExecuteNonQuery();
            }
            using (var upd = Command(c, """
                UPDATE documents SET state='approved', number=$n, document_number=$dn, approved_by=$by, approved_at=$at, approved_sha256=$sha, approval=$rec
                WHERE campaign_id=$c AND id=$id AND state='draft'
                """, ("$n", number), ("$dn", approval.DocumentNumber), ("$by", approval.ApprovedBy), ("$at", Time(approval.ApprovedAt)), ("$sha", sha),
                ("$rec", approval.RecordJson), ("$c", campaignId), ("$id", id)))
            {
                upd.Transaction = tx;
                upd.ExecuteNonQuery();
            }
            tx.Commit();
            using var again = Command(c, $"SELECT {DocumentColumns} FROM documents WHERE campaign_id=$c AND id=$id", ("$c", campaignId), ("$id", id));
            return ReadDocuments(again).FirstOrDefault();
        }
        finally { _write.Release(); }
    }

    private static IReadOnlyList<StoredDocument> ReadDocuments(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<StoredDocument>();
        while (r.Read())
            list.Add(new StoredDocument
            {
                Id = r.GetInt64(0), CampaignId = r.GetString(1), Kind = r.GetString(2), UnitCode = r.GetString(3), State = r.GetString(4), Sha256 = r.GetString(5),
                FileName = r.GetString(6), Size = r.GetInt64(7), CreatedAt = Time(r.GetString(8)), CreatedBy = r.GetString(9), SourceJson = r.GetString(10),
                Number = r.IsDBNull(11) ? null : r.GetInt32(11), DocumentNumber = r.IsDBNull(12) ? null : r.GetString(12), ApprovedBy = r.IsDBNull(13) ? null : r.GetString(13),
                ApprovedAt = r.IsDBNull(14) ? null : Time(r.GetString(14)), ApprovedSha256 = r.IsDBNull(15) ? null : r.GetString(15), ApprovalJson = r.IsDBNull(16) ? null : r.GetString(16),
            });
        return list;
    }

    private static IReadOnlyList<StoredResult> ReadResults(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<StoredResult>();
        while (r.Read())
            list.Add(new StoredResult
            {
                Id = r.GetInt64(0), CampaignId = r.GetString(1), UnitCode = r.GetString(2), CreatedAt = Time(r.GetString(3)),
                JsonSha256 = r.GetString(4), WorkbookSha256 = r.IsDBNull(5) ? null : r.GetString(5), SummaryJson = r.GetString(6),
            });
        return list;
    }

    public Task<StoredResult?> GetResultAsync(string campaignId, long id, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"SELECT {ResultColumns} FROM results WHERE campaign_id=$c AND id=$id", ("$c", campaignId), ("$id", id));
        return Task.FromResult(ReadResults(cmd).FirstOrDefault());
    }

    public Task<IReadOnlyList<StoredResult>> ListResultsAsync(string campaignId, CancellationToken ct = default)
    {
        using var c = Open();
        using var cmd = Command(c, $"SELECT {ResultColumns} FROM results WHERE campaign_id=$c ORDER BY id", ("$c", campaignId));
        return Task.FromResult(ReadResults(cmd));
    }

    // ---- integrity -------------------------------------------------------------------------------------------------

    private HashSet<string> ReferencedBlobs(SqliteConnection c)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command(c, "SELECT sha256 FROM submissions UNION SELECT parsed_sha256 FROM submissions WHERE parsed_sha256 IS NOT NULL UNION SELECT json_sha256 FROM results UNION SELECT workbook_sha256 FROM results WHERE workbook_sha256 IS NOT NULL UNION SELECT sha256 FROM documents UNION SELECT approved_sha256 FROM documents WHERE approved_sha256 IS NOT NULL UNION SELECT sha256 FROM forms");
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.Add(r.GetString(0));
        return set;
    }

    private void Recover()
    {
        foreach (var tmp in _blobs.TempFiles())
            try { File.Delete(tmp); } catch (IOException) { }
        using var c = Open();
        var referenced = ReferencedBlobs(c);
        foreach (var blob in _blobs.AllBlobs().ToList())
            if (!referenced.Contains(blob)) _blobs.Delete(blob);
    }

    public Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken ct = default)
    {
        using var c = Open();
        var referenced = ReferencedBlobs(c);
        int submissions;
        using (var count = Command(c, "SELECT COUNT(*) FROM submissions")) submissions = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var present = _blobs.AllBlobs().ToHashSet(StringComparer.Ordinal);
        var missing = referenced.Where(s => !present.Contains(s)).Order().ToList();
        var corrupt = referenced.Where(present.Contains).Where(s => BlobFiles.Hash(_blobs.Read(s) ?? []) != s).Order().ToList();
        var orphans = present.Where(s => !referenced.Contains(s)).Order().ToList();
        var temps = _blobs.TempFiles().Select(Path.GetFileName).OfType<string>().ToList();
        return Task.FromResult(new StoreIntegrity(submissions, present.Count, missing, corrupt, orphans, temps));
    }

    public void Dispose()
    {
        _lock.Dispose();
        _write.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
