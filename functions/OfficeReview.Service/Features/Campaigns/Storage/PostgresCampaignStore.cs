using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// The store for deployments with several instances: PostgreSQL keeps rows and blobs (bytea). A submission's blob and
/// row go in one transaction, serialized per unit by an advisory lock so versions never collide across instances.
/// The schema is migrated (Storage/Migrations/Postgres) before the first use. SQL and row mapping:
/// <see cref="RelationalCampaignStore"/>.
/// </summary>
public sealed class PostgresCampaignStore : RelationalCampaignStore
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

    public PostgresCampaignStore(string connectionString) => _db = new MigratedPostgres(connectionString, MigrationSet);

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

    private protected override async Task PutBlobAsync(DbConnection c, DbTransaction tx, string sha256, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        await using var cmd = Db.Command(c, tx, "INSERT INTO blobs(sha256, size, content) VALUES(@sha, @size, @content) ON CONFLICT (sha256) DO NOTHING",
            ("sha", sha256), ("size", (long)bytes.Length));
        cmd.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = bytes });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private protected override async Task<Action?> ReleaseBlobAsync(DbConnection c, DbTransaction tx, string sha256, CancellationToken ct)
    {
        await Db.ExecAsync(c, tx, """
            DELETE FROM blobs b WHERE b.sha256=@old
              AND NOT EXISTS (SELECT 1 FROM submissions WHERE sha256=@old OR parsed_sha256=@old)
              AND NOT EXISTS (SELECT 1 FROM results WHERE json_sha256=@old OR workbook_sha256=@old)
              AND NOT EXISTS (SELECT 1 FROM documents WHERE sha256=@old OR approved_sha256=@old)
            """, ct, ("old", sha256));
        return null;
    }

    private protected override Task LockParsedFormsAsync(DbConnection c, DbTransaction tx, CancellationToken ct) =>
        Db.ExecAsync(c, tx, "SELECT pg_advisory_xact_lock(hashtext('officereview parsed forms'))", ct);

    private protected override async Task<(IReadOnlySet<string> Present, IReadOnlyList<string> Corrupt, IReadOnlyList<string> TempFiles)> BlobStateAsync(
        DbConnection c, IReadOnlySet<string> referenced, CancellationToken ct)
    {
        var blobs = await Db.ListAsync(c, null, "SELECT sha256, encode(sha256(content), 'hex') FROM blobs", r => (Name: r.GetString(0), Hash: r.GetString(1)), ct);
        return (blobs.Select(b => b.Name).ToHashSet(StringComparer.Ordinal), blobs.Where(b => b.Name != b.Hash).Select(b => b.Name).ToList(), []);
    }

    public override async Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        return await Db.ScalarAsync(c, null, "SELECT content FROM blobs WHERE sha256=@sha", ct, ("sha", sha256)) as byte[];
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

    public override async Task<SubmissionSave> AddSubmissionAsync(NewSubmission s, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
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
