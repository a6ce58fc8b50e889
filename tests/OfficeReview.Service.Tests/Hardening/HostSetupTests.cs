using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>The one exception handler, Kestrel's limits, and stores written by older versions.</summary>
public class HostSetupTests
{
    /// <summary>A store whose every call fails the way a bug or a broken disk would.</summary>
    public class BrokenStore : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == "get_Provider" ? "sqlite" : throw new InvalidOperationException("System.Secret.Internal failure at C:\\srv\\officereview.db");
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_vietnamese_500_without_stack_trace_or_type_names()
    {
        using var app = new CampaignApp();
        using var broken = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(DispatchProxy.Create<ICampaignStore, BrokenStore>())));
        using var client = broken.CreateClient();
        var response = await client.GetAsync("/api/campaigns");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Lỗi máy chủ", problem.GetProperty("title").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain("Secret", text);
        Assert.DoesNotContain("officereview.db", text);
        Assert.DoesNotContain(" at ", text);
        // The security headers are on error answers too.
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void Kestrel_drops_slow_bodies_and_slow_headers_by_default_and_by_configuration()
    {
        using var app = new CampaignApp();
        var limits = app.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        Assert.Equal(1024, limits.MinRequestBodyDataRate!.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(15), limits.MinRequestBodyDataRate.GracePeriod);
        Assert.Equal(TimeSpan.FromSeconds(15), limits.RequestHeadersTimeout);

        using var configured = new CampaignApp(new Dictionary<string, string>
        {
            ["Limits:Http:MinBodyBytesPerSecond"] = "4096",
            ["Limits:Http:RequestHeadersTimeoutSeconds"] = "5",
        });
        var other = configured.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        Assert.Equal(4096, other.MinRequestBodyDataRate!.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), other.RequestHeadersTimeout);
    }

    [Fact]
    public async Task A_data_folder_of_an_older_version_gains_the_new_columns_and_keeps_its_rows()
    {
        using var folder = new TempFolder();
        using (var c = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "officereview.db")}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE campaigns(id TEXT PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL, ruleset TEXT NOT NULL,
                    settings TEXT NOT NULL, deadlines TEXT NOT NULL, created_at TEXT NOT NULL);
                CREATE TABLE submissions(id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, unit_code TEXT NOT NULL, version INTEGER NOT NULL,
                    sha256 TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL, received_at TEXT NOT NULL,
                    readable INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, ruleset TEXT,
                    claimed_unit TEXT, claimed_year INTEGER, validation TEXT NOT NULL,
                    UNIQUE(campaign_id, unit_code, sha256), UNIQUE(campaign_id, unit_code, version));
                INSERT INTO campaigns VALUES('old', 'Đợt cũ', 2024, '124', '{}', '[]', '2024-12-01T08:00:00.0000000+07:00');
                INSERT INTO submissions(campaign_id, unit_code, version, sha256, file_name, size, received_at, readable, errors, warnings, validation)
                    VALUES('old', 'X1', 1, 'aa', 'x.json', 3, '2024-12-02T08:00:00.0000000+07:00', 1, 0, 0, '{}');
                """;
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        using (var store = new SqliteCampaignStore(folder.Path))
        {
            var old = (await store.GetCampaignAsync("old"))!;
            Assert.Equal("open", old.State);
            var row = Assert.Single(await store.ListSubmissionsAsync("old"));
            Assert.Null(row.Late); // unknown for rows kept before: the status computes it from the deadline
            Assert.Equal("closed", (await store.CloseCampaignAsync("old", DateTimeOffset.UtcNow))!.State);
        }
        SqliteConnection.ClearAllPools();
    }
}
