using System.Data.Common;
using Npgsql;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>
/// Users, roles, sign-in links and the audit log in PostgreSQL (same database as the campaigns, own migration journal);
/// the schema is migrated (Storage/Migrations/Postgres) before the first use. SQL and row mapping: <see cref="RelationalSecurityStore"/>.
/// </summary>
public sealed class PostgresSecurityStore : RelationalSecurityStore, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile MigrationReport? _migrations;

    // Advisory lock keys: schema migration, and the audit chain (one append at a time across every instance).
    private const long SchemaLock = 7270402;
    private const long AuditLock = 7270403;

    internal static MigrationSet MigrationSet => new()
    {
        Store = "người dùng và nhật ký (PostgreSQL)",
        Journal = "security_migrations",
        Scripts = MigrationSet.Embedded("security/Postgres"),
        AdvisoryLock = SchemaLock,
    };

    public PostgresSecurityStore(string connectionString) => _source = NpgsqlDataSource.Create(connectionString);

    /// <summary>Migrates the schema (once per instance) and says what was applied.</summary>
    public override async Task<MigrationReport> MigrateAsync(CancellationToken ct = default)
    {
        if (_migrations is { } done) return done;
        await _init.WaitAsync(ct);
        try
        {
            if (_migrations is null)
            {
                await using var c = await _source.OpenConnectionAsync(ct);
                _migrations = await SchemaMigrator.RunAsync(c, MigrationSet, ct: ct);
            }
            return _migrations;
        }
        finally { _init.Release(); }
    }

    private protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_migrations is null) await MigrateAsync(ct);
        return await _source.OpenConnectionAsync(ct);
    }

    private protected override async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await write(c);
    }

    private protected override Task LockAuditAsync(DbConnection c, DbTransaction tx, CancellationToken ct) =>
        Db.ExecAsync(c, tx, $"SELECT pg_advisory_xact_lock({AuditLock})", ct);

    private protected override string Ordinal => " COLLATE \"C\"";

    public void Dispose()
    {
        _source.Dispose();
        _init.Dispose();
    }
}
