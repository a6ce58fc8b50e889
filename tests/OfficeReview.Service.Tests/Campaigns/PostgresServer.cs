using Npgsql;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// The PostgreSQL server of the test run: the one scripts/test.sh started (OFFICEREVIEW_TEST_POSTGRES), else one this
/// fixture starts itself with scripts/pg-test-server.sh (and stops). Without PostgreSQL the tests fail — never skip.
/// Each test gets its own fresh database.
/// </summary>
public sealed class PostgresServer()
    : ScriptedTestServer("PostgreSQL", Variable, "pg-test-server.sh", "officereview-pg-", "install the postgresql package")
{
    public const string Variable = "OFFICEREVIEW_TEST_POSTGRES";
    public string AdminConnectionString => Started;

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await base.DisposeAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using (var c = new NpgsqlConnection(AdminConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }
}

/// <summary>The PostgreSQL server and the Azurite of the run (the cloud configuration: rows in PostgreSQL, bytes in Blob Storage).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<AzuriteServer>
{
    public const string Name = "PostgreSQL";
}
