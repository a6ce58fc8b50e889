using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// The embedded store: SQLite (WAL, synchronous=FULL) for rows, content-addressed files for bytes, both under one
/// data folder. Writes are serialized in-process; blobs are made durable before their row is committed. On start the
/// schema is migrated (Storage/Migrations/Sqlite) and, when no other process uses the folder, temp files and
/// unreferenced blobs left by a crash are removed. SQL and row mapping: <see cref="RelationalCampaignStore"/>.
/// </summary>
public sealed class SqliteCampaignStore : RelationalCampaignStore
{
    private readonly MigratedSqlite _db;
    private readonly BlobFiles _blobs;
    private readonly FileStream _lock;

    public override string Provider => StorageOptions.Sqlite;
    public string DataFolder { get; }
    /// <summary>The scripts this start found applied and those it applied.</summary>
    public MigrationReport Migrations => _db.Migrations;
    public override Task<MigrationReport> MigrateAsync(CancellationToken ct = default) => Task.FromResult(Migrations);

    /// <summary>The schema scripts and journal of officereview.db.</summary>
    internal static MigrationSet MigrationSet => new()
    {
        Store = "chiến dịch (SQLite, officereview.db)",
        Journal = "schema_migrations",
        Scripts = MigrationSet.Embedded("campaigns/Sqlite"),
        AdoptUnjournaled = AddColumnsOfOlderVersions,
    };

    public SqliteCampaignStore(string dataFolder)
    {
        DataFolder = Path.GetFullPath(dataFolder);
        Hosting.DataFolderPermissions.Secure(DataFolder); // 0700 folder, 0600 files, umask 077 (Unix)
        _blobs = new BlobFiles(DataFolder);

        var lockPath = Path.Combine(DataFolder, "officereview.lock");
        bool alone;
        FileStream? exclusive = null;
        try { exclusive = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); alone = true; }
        catch (IOException) { alone = false; }

        try
        {
            _db = new MigratedSqlite(Path.Combine(DataFolder, "officereview.db"), MigrationSet);
            if (alone) Recover();
        }
        catch
        {
            exclusive?.Dispose();
            SqliteConnection.ClearAllPools();
            throw;
        }
        exclusive?.Dispose();
        // Held for the store's lifetime so that another process starting on this folder skips the clean-up.
        _lock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
    }

    /// <summary>
    /// A folder made before migrations existed, by a version older than the first script's schema, lacks columns added
    /// since (closed state, stored "late", issuer, parsed form): they are added before 0001 finds its tables in place.
    /// </summary>
    private static void AddColumnsOfOlderVersions(DbConnection c, DbTransaction tx)
    {
        foreach (var (table, column, type) in new[]
                 {
                     ("campaigns", "closed_at", "TEXT"), ("submissions", "late", "INTEGER"),
                     ("campaigns", "issuer", "TEXT"), ("submissions", "parsed_sha256", "TEXT"),
                 })
        {
            using var info = Db.Command(c, tx, $"SELECT (SELECT COUNT(*) FROM pragma_table_info('{table}')), (SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name=@n)", ("n", column));
            using var r = info.ExecuteReader();
            r.Read();
            var (tableExists, columnExists) = (r.GetInt64(0) > 0, r.GetInt64(1) > 0);
            r.Close();
            if (tableExists && !columnExists)
            {
                using var alter = Db.Command(c, tx, $"ALTER TABLE {table} ADD COLUMN {column} {type};");
                alter.ExecuteNonQuery();
            }
        }
    }

    private SqliteConnection Open() => _db.Open();

    // ---- dialect and connection handling ---------------------------------------------------------------------------

    private protected override Task<DbConnection> OpenAsync(CancellationToken ct) => Task.FromResult<DbConnection>(Open());

    private protected override Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct) => _db.WriteAsync(write, ct);

    private protected override object Time(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);
    private protected override string Length(string column) => $"length({column})";

    private protected override Task PutBlobAsync(DbConnection c, DbTransaction tx, string sha256, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        _blobs.Write(sha256, bytes.Span); // durable (file and folder fsynced) before the row that names it commits
        return Task.CompletedTask;
    }

    private protected override async Task<Func<Task>?> ReleaseBlobAsync(DbConnection c, DbTransaction tx, string sha256, CancellationToken ct)
    {
        // Writers of rows naming blobs hold the write lock; a submission's own bytes are never a parsed form (those are
        // refused as unreadable before they are stored). The file goes after the commit: a rolled-back transaction
        // still finds it.
        if (!IsSha(sha256) || (await ReferencedBlobsAsync(c, tx, ct)).Contains(sha256)) return null;
        return () => { _blobs.Delete(sha256); return Task.CompletedTask; };
    }

    private protected override Task<(IReadOnlySet<string> Present, IReadOnlyList<string> Corrupt, IReadOnlyList<string> TempFiles)> BlobStateAsync(
        DbConnection c, IReadOnlySet<string> referenced, CancellationToken ct)
    {
        var present = _blobs.AllBlobs().ToHashSet(StringComparer.Ordinal);
        var corrupt = referenced.Where(present.Contains).Where(s => BlobFiles.Hash(_blobs.Read(s) ?? []) != s).ToList();
        var temps = _blobs.TempFiles().Select(Path.GetFileName).OfType<string>().ToList();
        return Task.FromResult<(IReadOnlySet<string>, IReadOnlyList<string>, IReadOnlyList<string>)>((present, corrupt, temps));
    }

    public override Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default) =>
        Task.FromResult(IsSha(sha256) ? _blobs.Read(sha256) : null);

    private static bool IsSha(string s) => s.Length == 64 && s.All(ch => ch is >= '0' and <= '9' or >= 'a' and <= 'f');

    // ---- submissions: group commit ---------------------------------------------------------------------------------

    private sealed record PendingSubmission(NewSubmission Submission, string Sha, long Size, TaskCompletionSource<SubmissionSave> Done);

    private readonly object _pendingLock = new();
    private List<PendingSubmission> _pending = [];
    private bool _writerRunning;

    /// <summary>
    /// The blob's content is written, fsynced and renamed into place by the caller's thread; the rows of concurrent
    /// submissions are committed together by one dedicated thread (group commit: the blob folders of the batch fsynced
    /// once each, then one transaction and one WAL fsync for all that arrived meanwhile). Each caller is answered only
    /// after the transaction holding its row has committed. The writer is not a thread-pool thread, so a burst of
    /// requests queued on the pool cannot hold the commit back.
    /// </summary>
    public override async Task<SubmissionSave> AddSubmissionAsync(NewSubmission submission, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var s = submission;
        var sha = BlobFiles.Hash(content.Span);
        await using (var c0 = Open())
            if (await FindSubmissionAsync(c0, null, s.CampaignId, s.UnitCode, sha, ct) is { } known) return new SubmissionSave(known, false);

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
                _db.WriteLock.Wait();
                try
                {
                    // The renames of this batch's blobs (made by the callers without a folder fsync) become durable
                    // before any row naming them is committed: a committed row never points to a lost blob.
                    _blobs.SyncFolders(batch.Select(p => p.Sha));
                    // SQLite completes its async API synchronously, and this thread has no synchronization context.
                    var results = CommitRowsAsync(batch).GetAwaiter().GetResult();
                    for (var i = 0; i < batch.Count; i++)
                        if (results[i] is { } saved) batch[i].Done.TrySetResult(saved);
                        else batch[i].Done.TrySetException(QuotaProblems.Closed(batch[i].Submission.CampaignId, "nộp báo cáo"));
                }
                finally { _db.WriteLock.Release(); }
            }
            catch (Exception e)
            {
                foreach (var p in batch) p.Done.TrySetException(e);
            }
        }
    }

    private async Task<List<SubmissionSave?>> CommitRowsAsync(List<PendingSubmission> batch)
    {
        var ct = CancellationToken.None;
        var results = new List<SubmissionSave?>(batch.Count);
        await using var c = Open();
        await using var tx = await c.BeginTransactionAsync(ct);
        var closed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (s, sha, size, _) in batch)
        {
            if (!closed.TryGetValue(s.CampaignId, out var isClosed))
                closed[s.CampaignId] = isClosed = await IsClosedAsync(c, tx, s.CampaignId, ct) ?? false;
            if (isClosed) results.Add(null);
            else if (await FindSubmissionAsync(c, tx, s.CampaignId, s.UnitCode, sha, ct) is { } raced) results.Add(new SubmissionSave(raced, false));
            else results.Add(new SubmissionSave(await InsertSubmissionAsync(c, tx, s, sha, size, ct), true));
        }
        await tx.CommitAsync(ct);
        return results;
    }

    // ---- start-up clean-up -----------------------------------------------------------------------------------------

    private void Recover()
    {
        foreach (var tmp in _blobs.TempFiles())
            try { File.Delete(tmp); } catch (IOException) { }
        using var c = Open();
        var referenced = ReferencedBlobsAsync(c, null, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var blob in _blobs.AllBlobs().ToList())
            if (!referenced.Contains(blob)) _blobs.Delete(blob);
    }

    public override void Dispose()
    {
        _lock.Dispose();
        _db.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
