using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Service.Tests;

/// <summary>
/// Tokens for tests: signed with one local key for the whole test run (the kits point Auth:SigningKeyPath at it), or
/// with the key of a given data folder (a service process started on that folder).
/// </summary>
public static class TestAuth
{
    public static string KeyPath { get; } = Path.Combine(Path.GetTempPath(), $"officereview-test-keys-{Environment.ProcessId}", "signing-key.pem");

    private static readonly Lazy<LocalTokens> s_tokens = new(() => LocalTokens.LoadOrCreate(KeyPath));

    public static LocalTokens Tokens => s_tokens.Value;

    public static string Token(string user, string role, string? unit = null, string? campaign = null) =>
        Tokens.Issue(user, user, [new RoleAssignment(role, unit, campaign)], DateTimeOffset.UtcNow, TimeSpan.FromHours(2));

    /// <summary>A token the service started on <paramref name="dataFolder"/> accepts (its key, as dev-token signs).</summary>
    public static string TokenFor(string dataFolder, string user, string role, string? unit = null, string? campaign = null) =>
        LocalTokens.LoadOrCreate(LocalTokens.DefaultPath(dataFolder)).Issue(user, user, [new RoleAssignment(role, unit, campaign)], DateTimeOffset.UtcNow, TimeSpan.FromHours(2));

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public static AuthenticationHeaderValue Admin() => Bearer(Token("test-admin", Roles.Admin));
}

/// <summary>
/// The service in memory over its own temporary data folder, whose clients are signed in as an admin of every
/// campaign (bearer token). Use it wherever tests used WebApplicationFactory&lt;Program&gt;.
/// </summary>
public class ServiceFactory : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("officereview-svc-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataFolder", _data);
        builder.UseSetting("Auth:SigningKeyPath", TestAuth.KeyPath);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = TestAuth.Admin();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
