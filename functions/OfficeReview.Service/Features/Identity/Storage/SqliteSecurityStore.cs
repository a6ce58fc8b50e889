using System.Data.Common;
using Microsoft.Data.Sqlite;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Identity.Storage;

/// <summary>
/// Users, roles, sign-in links and the audit log in security.db (SQLite, WAL) in the data folder; the schema is migrated
/// on start (Storage/Migrations/Sqlite). SQL and row mapping: <see cref="RelationalSecurityStore"/>.
/// </summary>
public sealed class SqliteSecurityStore : RelationalSecurityStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _write = new(1, 1);

    /// <summary>The scripts this start found applied and those it applied.</summary>
    public MigrationReport Migrations { get; }
    public override Task<MigrationReport> MigrateAsync(CancellationToken ct = default) => Task.FromResult(Migrations);

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
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "security.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        using var c = Open();
        using (var wal = c.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }
        // SQLite runs synchronously under its async API: waiting here blocks nothing else.
        Migrations = SchemaMigrator.RunAsync(c, MigrationSet).GetAwaiter().GetResult();
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;";
        cmd.ExecuteNonQuery();
        return c;
    }

    private protected override Task<DbConnection> OpenAsync(CancellationToken ct) => Task.FromResult<DbConnection>(Open());

    private protected override async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            await using var c = Open();
            return await write(c);
        }
        finally { _write.Release(); }
    }

    public void Dispose() => _write.Dispose();
}
