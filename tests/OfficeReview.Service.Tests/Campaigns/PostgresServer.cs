using System.Diagnostics;
using Npgsql;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// The PostgreSQL server of the test run: the one scripts/test.sh started (OFFICEREVIEW_TEST_POSTGRES), else one this
/// fixture starts itself with scripts/pg-test-server.sh (and stops). Without PostgreSQL the tests fail — never skip.
/// Each test gets its own fresh database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Variable = "OFFICEREVIEW_TEST_POSTGRES";
    private string? _ownFolder;
    public string AdminConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            AdminConnectionString = given;
            return;
        }
        _ownFolder = Path.Combine(Path.GetTempPath(), $"officereview-pg-{Guid.NewGuid():N}");
        var (code, output, error) = await Script("start", _ownFolder);
        if (code != 0)
            throw new InvalidOperationException(
                $"PostgreSQL is required by these tests and could not be started (set {Variable} or install the postgresql package; scripts/test.sh does both): {error}");
        AdminConnectionString = output.Trim();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_ownFolder is null) return;
        await Script("stop", _ownFolder);
        try { Directory.Delete(_ownFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
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

    private static async Task<(int Code, string Output, string Error)> Script(string verb, string folder)
    {
        var script = RepoPaths.Of("scripts", "pg-test-server.sh");
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(verb);
        psi.ArgumentList.Add(folder);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await output, await error);
    }
}

/// <summary>The PostgreSQL server and the Azurite of the run (the cloud configuration: rows in PostgreSQL, bytes in Blob Storage).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<AzuriteServer>
{
    public const string Name = "PostgreSQL";
}
