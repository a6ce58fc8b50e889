using System.Data.Common;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>
/// Users, roles, sign-in links and the audit log in PostgreSQL (same database as the campaigns, own migration journal);
/// the schema is migrated (Storage/Migrations/Postgres) before the first use. SQL and row mapping: <see cref="RelationalSecurityStore"/>.
/// </summary>
internal sealed class PostgresSecurityStore : RelationalSecurityStore
{
    private readonly MigratedPostgres _db;

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

    public PostgresSecurityStore(string connectionString) => _db = new MigratedPostgres(connectionString, MigrationSet);

    /// <summary>Migrates the schema (once per instance) and says what the database has.</summary>
    public override Task<MigrationReport> MigrateAsync(CancellationToken ct = default) => _db.MigrateAsync(ct);
    private protected override Task<DbConnection> OpenAsync(CancellationToken ct) => _db.OpenAsync(ct);
    private protected override Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct) => _db.WriteAsync(write, ct);

    private protected override Task LockAuditAsync(DbConnection c, DbTransaction tx, CancellationToken ct) =>
        Db.ExecAsync(c, tx, $"SELECT pg_advisory_xact_lock({AuditLock})", ct);

    private protected override string Ordinal => " COLLATE \"C\"";

    public override void Dispose() => _db.Dispose();
}
