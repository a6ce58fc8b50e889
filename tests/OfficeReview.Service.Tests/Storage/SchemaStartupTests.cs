using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Storage;

/// <summary>The service migrates both stores while it starts, before any request, logs what each database has, and does not start on a database it cannot migrate.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaStartupTests(PostgresServer postgres)
{
    private sealed class Captured : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string category) => new Logger(this, category);
        public void Dispose() { }

        private sealed class Logger(Captured owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel level) => true;
            public void Log<TState>(LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }

    private static WebApplicationFactory<Program> App(ServiceFactory factory, Captured log, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            b.ConfigureLogging(l => l.AddProvider(log));
        });

    // The embedded scripts of each store, in the order they run (the journal and the log list them so).
    private static readonly List<string> s_sqliteCampaigns = [.. SqliteCampaignStore.MigrationSet.Scripts.Select(s => s.Name)];
    private static readonly List<string> s_sqliteSecurity = [.. global::OfficeReview.Service.Features.Identity.Storage.SqliteSecurityStore.MigrationSet.Scripts.Select(s => s.Name)];
    private static readonly List<string> s_postgresCampaigns = [.. PostgresCampaignStore.MigrationSet.Scripts.Select(s => s.Name)];
    private static readonly List<string> s_postgresSecurity = [.. global::OfficeReview.Service.Features.Identity.Storage.PostgresSecurityStore.MigrationSet.Scripts.Select(s => s.Name)];

    [Fact]
    public void Starting_on_a_new_sqlite_folder_migrates_both_databases_and_logs_the_scripts()
    {
        using var data = new TempFolder();
        var log = new Captured();
        using (var factory = new ServiceFactory())
        using (var app = App(factory, log, ("Storage:Provider", "sqlite"), ("Storage:DataFolder", data.Path)))
        {
            app.CreateClient().Dispose(); // starts the host; no request is sent
            Assert.Contains(log.Lines, l => l.EndsWith($"Schema of chiến dịch (SQLite, officereview.db): 0 applied before, {s_sqliteCampaigns.Count} applied now ({string.Join(", ", s_sqliteCampaigns)})", StringComparison.Ordinal));
            Assert.Contains(log.Lines, l => l.EndsWith($"Schema of người dùng và nhật ký (SQLite, security.db): 0 applied before, {s_sqliteSecurity.Count} applied now ({string.Join(", ", s_sqliteSecurity)})", StringComparison.Ordinal));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var again = new Captured();
        using (var factory = new ServiceFactory())
        using (var app = App(factory, again, ("Storage:Provider", "sqlite"), ("Storage:DataFolder", data.Path)))
        {
            app.CreateClient().Dispose();
            Assert.Contains(again.Lines, l => l.EndsWith($"Schema of chiến dịch (SQLite, officereview.db): {s_sqliteCampaigns.Count} applied before, 0 applied now ({string.Join(", ", s_sqliteCampaigns)})", StringComparison.Ordinal));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Starting_on_postgres_migrates_before_the_first_request()
    {
        var connection = await postgres.CreateDatabaseAsync();
        var log = new Captured();
        using var data = new TempFolder();
        using var factory = new ServiceFactory();
        using var app = App(factory, log, ("Storage:Provider", "postgres"), ("ConnectionStrings:Postgres", connection), ("Storage:DataFolder", data.Path));
        app.CreateClient().Dispose();
        Assert.Contains(log.Lines, l => l.EndsWith($"Schema of chiến dịch (PostgreSQL): 0 applied before, {s_postgresCampaigns.Count} applied now ({string.Join(", ", s_postgresCampaigns)})", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.EndsWith($"Schema of người dùng và nhật ký (PostgreSQL): 0 applied before, {s_postgresSecurity.Count} applied now ({string.Join(", ", s_postgresSecurity)})", StringComparison.Ordinal));
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        Assert.Equal(s_postgresCampaigns, (await SchemaMigrator.ListAsync(c, "campaign_migrations")).Select(j => j.Name));
        Assert.Equal(s_postgresSecurity, (await SchemaMigrator.ListAsync(c, "security_migrations")).Select(j => j.Name));
    }

    [Fact]
    public void A_database_the_service_cannot_migrate_stops_the_start_with_the_message()
    {
        using var data = new TempFolder();
        using (var store = new SqliteCampaignStore(data.Path)) { }
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data.Path, "officereview.db")}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_migrations(name, checksum, applied_at) VALUES('0042_from_a_newer_version.sql', 'x', '2030-01-01T00:00:00Z')";
            cmd.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var factory = new ServiceFactory();
        using var app = App(factory, new Captured(), ("Storage:Provider", "sqlite"), ("Storage:DataFolder", data.Path));
        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var migration = Assert.IsType<SchemaMigrationException>(Unwrap(e));
        Assert.Contains("0042_from_a_newer_version.sql", migration.Message);
        Assert.Contains("officereview.db", migration.Message);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static Exception Unwrap(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is SchemaMigrationException) return x;
        if (e is AggregateException a)
            foreach (var inner in a.Flatten().InnerExceptions)
                if (Unwrap(inner) is SchemaMigrationException found) return found;
        return e;
    }
}
