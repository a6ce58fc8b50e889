using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>A PostgreSQL data source whose schema is migrated once, before the first connection is handed out.</summary>
internal sealed class MigratedPostgres(string connectionString, MigrationSet migrations) : IDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile MigrationReport? _report;

    public async Task<MigrationReport> MigrateAsync(CancellationToken ct)
    {
        if (_report is { } done) return done;
        await _init.WaitAsync(ct);
        try
        {
            if (_report is null)
            {
                await using var c = await _source.OpenConnectionAsync(ct);
                _report = await SchemaMigrator.RunAsync(c, migrations, ct: ct);
            }
            return _report;
        }
        finally { _init.Release(); }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_report is null) await MigrateAsync(ct);
        return await _source.OpenConnectionAsync(ct);
    }

    /// <summary>A write needs no more than a connection: the database's locks serialize what must be.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await write(c);
    }

    public void Dispose()
    {
        _source.Dispose();
        _init.Dispose();
    }
}

/// <summary>
/// A SQLite database file as both stores use it: WAL, synchronous=FULL, a 60 s busy timeout, the schema migrated when
/// it is opened first, and one writer at a time in this process.
/// </summary>
internal sealed class MigratedSqlite : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _write = new(1, 1);

    public MigrationReport Migrations { get; }

    public MigratedSqlite(string path, MigrationSet migrations)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
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
        Migrations = SchemaMigrator.RunAsync(c, migrations).GetAwaiter().GetResult();
    }

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;";
        cmd.ExecuteNonQuery();
        return c;
    }

    /// <summary>The write lock alone (the group commit of submissions holds it around its own transaction).</summary>
    public SemaphoreSlim WriteLock => _write;

    public async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken ct)
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
