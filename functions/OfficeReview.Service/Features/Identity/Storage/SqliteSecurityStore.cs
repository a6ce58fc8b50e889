using System.Data.Common;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>
/// Users, roles, sign-in links and the audit log in security.db (SQLite, WAL) in the data folder; the schema is migrated
/// on start (Storage/Migrations/Sqlite). SQL and row mapping: <see cref="RelationalSecurityStore"/>.
/// </summary>
internal sealed class SqliteSecurityStore : RelationalSecurityStore
{
    private readonly MigratedSqlite _db;

    internal static MigrationSet MigrationSet => new()
    {
        Store = "người dùng và nhật ký (SQLite, security.db)",
        Journal = "schema_migrations",
        Scripts = MigrationSet.Embedded("security/Sqlite"),
    };

    public SqliteSecurityStore(string dataFolder)
    {
        var folder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(folder);
        _db = new MigratedSqlite(Path.Combine(folder, "security.db"), MigrationSet);
    }

    /// <summary>The scripts this start found applied and those it applied.</summary>
    public MigrationReport Migrations => _db.Migrations;
    public override Task<MigrationReport> MigrateAsync(CancellationToken ct = default) => Task.FromResult(Migrations);
    private protected override Task<DbConnection> OpenAsync(CancellationToken ct) => Task.FromResult<DbConnection>(_db.Open());
    private protected override Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct) => _db.WriteAsync(write, ct);

    public override void Dispose() => _db.Dispose();
}
