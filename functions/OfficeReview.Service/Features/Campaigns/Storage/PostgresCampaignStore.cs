using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// The store for deployments with several instances: PostgreSQL keeps rows and blobs (bytea, or — with an
/// <see cref="IBlobContent"/> such as <see cref="AzureBlobContent"/> — only their hash and size, the bytes stored there
/// before the row commits). A submission's blob and row go in one transaction, serialized per unit by an advisory lock
/// so versions never collide across instances.
/// The schema is migrated (Storage/Migrations/Postgres) before the first use. SQL and row mapping:
/// <see cref="RelationalCampaignStore"/>.
/// </summary>
internal sealed class PostgresCampaignStore : RelationalCampaignStore
{
    private readonly MigratedPostgres _db;

    public override string Provider => StorageOptions.Postgres;

    /// <summary>The schema scripts and journal of the campaign tables (the security store has its own in the same database).</summary>
    internal static MigrationSet MigrationSet => new()
    {
        Store = "chiến dịch (PostgreSQL)",
        Journal = "campaign_migrations",
        Scripts = MigrationSet.Embedded("campaigns/Postgres"),
        AdvisoryLock = 7270401, // several instances may start together: one migrates at a time
    };

    /// <summary>Where blob bytes go when not in the blobs table (Azure Blob Storage in the cloud configuration).</summary>
    private readonly IBlobContent? _content;

    public PostgresCampaignStore(string connectionString, IBlobContent? content = null)
    {
        _db = new MigratedPostgres(connectionString, MigrationSet);
        _content = content;
    }

    /// <summary>Migrates the schema (once per instance) and says what the database has.</summary>
    public override Task<MigrationReport> MigrateAsync(CancellationToken ct = default) => _db.MigrateAsync(ct);

    // ---- dialect and connection handling ---------------------------------------------------------------------------

    private protected override Task<DbConnection> OpenAsync(CancellationToken ct) => _db.OpenAsync(ct);
    private protected override Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct) => _db.WriteAsync(write, ct);

    private protected override object Time(DateTimeOffset t) => t.UtcDateTime;
    private protected override string ForShare => " FOR SHARE";
    private protected override string ForUpdate => " FOR UPDATE";
    private protected override string Ordinal => " COLLATE \"C\"";
    private protected override string Length(string column) => $"octet_length({column})";

    /// <summary>
    /// Stores a blob inside the caller's transaction. With external content (Azure Blob Storage) the bytes are made
    /// durable there first and the row keeps only the hash and size (content empty), so the row — committed after —
    /// never names bytes that are not stored. Without it the bytes go into the row (bytea).
    /// </summary>
    private protected override async Task PutBlobAsync(DbConnection c, DbTransaction tx, string sha256, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        if (_content is not null)
        {
            // Serialized with the removal of the same bytes (ReleaseBlobAsync) until this transaction ends.
            await Db.ExecAsync(c, tx, "SELECT pg_advisory_xact_lock(hashtext(@k))", ct, ("k", BlobLockKey(sha256)));
            await _content.PutAsync(sha256, bytes, ct);
        }
        await using var cmd = Db.Command(c, tx, "INSERT INTO blobs(sha256, size, content) VALUES(@sha, @size, @content) ON CONFLICT (sha256) DO NOTHING",
            ("sha", sha256), ("size", (long)bytes.Length));
        cmd.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = _content is null ? bytes : ReadOnlyMemory<byte>.Empty });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private protected override async Task<Func<Task>?> ReleaseBlobAsync(DbConnection c, DbTransaction tx, string sha256, CancellationToken ct)
    {
        // External bytes of the replaced form: held under the blob's lock (a session lock, so past the commit) until
        // they are deleted, so a writer storing the same bytes meanwhile waits and then uploads them anew. A failed
        // transaction leaves the lock to the connection's reset when it goes back to the pool.
        var external = _content is not null;
        if (external) await Db.ExecAsync(c, tx, "SELECT pg_advisory_lock(hashtext(@k))", ct, ("k", BlobLockKey(sha256)));
        var removed = await Db.ExecAsync(c, tx, """
            DELETE FROM blobs b WHERE b.sha256=@old
              AND NOT EXISTS (SELECT 1 FROM submissions WHERE sha256=@old OR parsed_sha256=@old)
              AND NOT EXISTS (SELECT 1 FROM results WHERE json_sha256=@old OR workbook_sha256=@old)
              AND NOT EXISTS (SELECT 1 FROM documents WHERE sha256=@old OR approved_sha256=@old)
              AND NOT EXISTS (SELECT 1 FROM forms WHERE sha256=@old)
            """, ct, ("old", sha256));
        if (!external) return null;
        return async () =>
        {
            try { if (removed > 0) await _content!.DeleteAsync(sha256, CancellationToken.None); }
            finally { await Db.ExecAsync(c, null, "SELECT pg_advisory_unlock(hashtext(@k))", CancellationToken.None, ("k", BlobLockKey(sha256))); }
        };
    }

    private static string BlobLockKey(string sha) => $"officereview blob\n{sha}";

    private protected override Task LockParsedFormsAsync(DbConnection c, DbTransaction tx, CancellationToken ct) =>
        Db.ExecAsync(c, tx, "SELECT pg_advisory_xact_lock(hashtext('officereview parsed forms'))", ct);

    private protected override async Task<(IReadOnlySet<string> Present, IReadOnlyList<string> Corrupt, IReadOnlyList<string> TempFiles)> BlobStateAsync(
        DbConnection c, IReadOnlySet<string> referenced, CancellationToken ct)
    {
        var blobs = await Db.ListAsync(c, null, "SELECT sha256, encode(sha256(content), 'hex'), length(content) = size FROM blobs",
            r => (Name: r.GetString(0), Hash: r.GetString(1), Inline: r.GetBoolean(2)), ct);
        var present = blobs.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var corrupt = new List<string>();
        var external = new List<string>();
        foreach (var b in blobs)
        {
            if (!b.Inline && _content is not null) external.Add(b.Name);
            else if (b.Name != b.Hash) corrupt.Add(b.Name);
        }
        if (_content is not null)
        {
            // Bytes in the external store: each row's bytes there and matching their hash (a missing one is taken out of
            // the present set, so it is listed as missing); stored bytes no row names (a crash between the upload and
            // the row's commit) are added to the present set, so they are listed as orphans.
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var name in _content.ListAsync(ct)) stored.Add(name);
            foreach (var sha in external)
            {
                if (!stored.Contains(sha)) { present.Remove(sha); continue; }
                try { if (await _content.GetAsync(sha, ct) is null) present.Remove(sha); }
                catch (InvalidDataException) { corrupt.Add(sha); }
            }
            foreach (var name in stored) if (!blobs.Any(b => b.Name == name)) present.Add(name);
        }
        return (present, corrupt, []);
    }

    public override async Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var row = await Db.FirstAsync(c, null, "SELECT size, content FROM blobs WHERE sha256=@sha", r => new { Size = r.GetInt64(0), Inline = (byte[])r.GetValue(1) }, ct, ("sha", sha256));
        if (row is null) return null;
        // The row names the bytes; they sit in the row, or (empty content, size > 0) in the external store.
        if (row.Inline.Length == row.Size || _content is null) return row.Inline;
        return await _content.GetAsync(sha256, ct);
    }

    /// <summary>The unit rows by COPY (binary): one round trip for a whole province's tree.</summary>
    private protected override async Task InsertUnitsAsync(DbConnection c, DbTransaction tx, string campaignId, IReadOnlyList<UnitInfo> units, CancellationToken ct)
    {
        await using var import = await ((NpgsqlConnection)c).BeginBinaryImportAsync("COPY units(campaign_id, ord, code, name, kind, category, parent) FROM STDIN (FORMAT BINARY)", ct);
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

    // ---- submissions: one transaction per request ------------------------------------------------------------------

    public override async Task<SubmissionSave> AddSubmissionAsync(NewSubmission submission, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var s = submission;
        var sha = BlobFiles.Hash(content.Span);
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await Db.ExecAsync(c, tx, "SELECT pg_advisory_xact_lock(hashtext(@k))", ct, ("k", $"{s.CampaignId}\n{s.UnitCode}"));
        // A share lock on the campaign row: a close (UPDATE) waits for this transaction, or this one sees the close.
        if (await IsClosedAsync(c, tx, s.CampaignId, ct) is true) throw QuotaProblems.Closed(s.CampaignId, "nộp báo cáo");
        if (await FindSubmissionAsync(c, tx, s.CampaignId, s.UnitCode, sha, ct) is { } existing) return new SubmissionSave(existing, false);
        await PutBlobAsync(c, tx, sha, content, ct);
        var stored = await InsertSubmissionAsync(c, tx, s, sha, content.Length, ct);
        await tx.CommitAsync(ct);
        return new SubmissionSave(stored, true);
    }

    public override void Dispose() => _db.Dispose();
}
