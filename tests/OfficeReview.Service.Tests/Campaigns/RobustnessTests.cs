using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>The real service process on loopback: killed in the middle of submissions, and under 200 concurrent ones.</summary>
[Collection(PostgresCollection.Name)]
public class RobustnessTests(PostgresServer postgres, AzuriteServer azurite)
{
    private const string Campaign = "ben";

    /// <summary>A flat campaign: one đảng ủy and <paramref name="cells"/> chi bộ trực thuộc.</summary>
    private static object CampaignRequest(int cells) => new
    {
        id = Campaign,
        year = 2025,
        units = new object[] { new { code = "DU", name = "Đảng bộ xã Thử", kind = "dang-bo-cap-tren-co-so", category = "xa", parent = (string?)null } }
            .Concat(Enumerable.Range(1, cells).Select(i => (object)new { code = $"CB{i:000}", name = $"Chi bộ thôn {i}", kind = "chi-bo-truc-thuoc", category = (string?)null, parent = "DU" }))
            .ToList(),
    };

    /// <summary>A chi bộ's report with a member list (a few tens of KB), different for each unit and version.</summary>
    private static byte[] Report(int cell, int version, int members = 120)
    {
        var list = Enumerable.Range(0, members).Select(i => new MemberEntry
        {
            Name = $"Nguyễn Văn Thử {cell}-{i}-{version}", BirthYear = 1960 + i % 40, Cell = $"Chi bộ thôn {cell}",
            DecidedLevel = i % 10 == 0 ? RatingLevel.Excellent : RatingLevel.Good,
        }).ToList();
        var report = new UnitReport
        {
            Year = 2025,
            Unit = UnitInfos.Create($"CB{cell:000}", $"Chi bộ thôn {cell}", UnitKind.SubordinateCell, null, "DU"),
            MemberList = list,
            Members = MemberSummary.FromList(list),
            OwnRating = new OwnRating { Level = RatingLevel.Good },
        };
        return Encoding.UTF8.GetBytes(UnitReportJson.Write(report));
    }

    private static Process StartService(int port, Dictionary<string, string> environment)
    {
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["Logging__LogLevel__Default"] = "Warning";
        return HostingTests.Start(environment);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// On the embedded store (SQLite + files), on PostgreSQL alone (rows and bytes) and on the cloud one (PostgreSQL rows +
    /// Azure Blob bytes, Azurite).
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    [InlineData("postgres+blob")]
    public async Task Killing_the_service_mid_stream_loses_no_acknowledged_submission_and_leaves_nothing_partial(string configuration)
    {
        using var data = new TempFolder();
        var environment = new Dictionary<string, string> { ["Storage__DataFolder"] = data.Path, ["Storage__Provider"] = "sqlite" };
        string? database = null;
        var container = AzuriteServer.NewContainer();
        if (configuration.StartsWith("postgres", StringComparison.Ordinal))
        {
            database = await postgres.CreateDatabaseAsync();
            environment["Storage__Provider"] = "postgres";
            environment["ConnectionStrings__Postgres"] = database;
        }
        if (configuration == "postgres+blob")
        {
            environment["Storage__Blob__ConnectionString"] = azurite.ConnectionString;
            environment["Storage__Blob__Container"] = container;
        }
        var port = HostingTests.FreePort();
        var process = StartService(port, environment);
        var acknowledged = new ConcurrentDictionary<long, string>();
        var sent = new ConcurrentDictionary<string, bool>();
        var attempted = 0;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = TestAuth.Bearer(TestAuth.TokenFor(data.Path, "test-admin", "admin"));
        try
        {
            await HostingTests.WaitForHealth(client, $"http://127.0.0.1:{port}", process);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/campaigns", CampaignRequest(400))).StatusCode);

            // Four writers stream submissions (new versions too) until the process dies under them.
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var cell = 1 + (w * 100 + n) % 400;
                    var bytes = Report(cell, n / 100);
                    sent[Sha(bytes)] = true;
                    Interlocked.Increment(ref attempted);
                    try
                    {
                        using var response = await client.PostAsync($"api/campaigns/{Campaign}/units/CB{cell:000}/submissions", CampaignTestData.File(bytes, $"cb{cell}.json"));
                        if (!response.IsSuccessStatusCode) continue;
                        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                        acknowledged[json.GetProperty("id").GetInt64()] = Sha(bytes);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { return; }
                }
            })).ToList();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 150 && DateTime.UtcNow < until) await Task.Delay(20);
            process.Kill(); // SIGKILL
            await process.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(writers);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
            process.Dispose();
        }
        Assert.True(acknowledged.Count >= 150, $"only {acknowledged.Count} acknowledged before the kill");
        Assert.True(attempted > acknowledged.Count, "the kill did not interrupt any request");

        // Restart on the same folder: every acknowledged submission is there, byte for byte.
        port = HostingTests.FreePort();
        process = StartService(port, environment);
        using var again = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        again.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        try
        {
            await HostingTests.WaitForHealth(again, $"http://127.0.0.1:{port}", process);
            foreach (var (id, sha) in acknowledged)
            {
                var content = await again.GetByteArrayAsync($"api/campaigns/{Campaign}/submissions/{id}/content");
                Assert.Equal(sha, Sha(content));
            }
            var listed = JsonDocument.Parse(await again.GetStringAsync($"api/campaigns/{Campaign}/submissions")).RootElement.EnumerateArray().ToList();
            Assert.True(listed.Count >= acknowledged.Count);
            Assert.True(listed.Count <= attempted);
            // Versions of each unit run 1..n without gaps; every listed row has its blob.
            foreach (var unit in listed.GroupBy(s => s.GetProperty("unit").GetString()))
                Assert.Equal(Enumerable.Range(1, unit.Count()), unit.Select(s => s.GetProperty("version").GetInt32()).Order());

            if (configuration != "postgres+blob")
            {
                // Checked while the restarted service holds the folder, so this check cleans nothing up itself.
                using var store = database is not null
                    ? (RelationalCampaignStore)new PostgresCampaignStore(database)
                    : new SqliteCampaignStore(data.Path);
                var integrity = await store.CheckIntegrityAsync();
                Assert.Empty(integrity.MissingBlobs);
                Assert.Empty(integrity.CorruptBlobs);
                Assert.Empty(integrity.OrphanBlobs);
                Assert.Empty(integrity.TempFiles);
                Assert.Equal(listed.Count, integrity.Submissions);
            }
            else
            {
                // Every row's bytes are in the container, whole and matching their hash. A blob no row names can only be
                // a file whose commit the kill cut off after its upload: one of those sent and never acknowledged.
                using var store = new PostgresCampaignStore(database!, AzureBlobContent.Create(azurite.Options(container)));
                var integrity = await store.CheckIntegrityAsync();
                Assert.Empty(integrity.MissingBlobs);
                Assert.Empty(integrity.CorruptBlobs);
                Assert.Empty(integrity.TempFiles);
                Assert.Equal(listed.Count, integrity.Submissions);
                var acknowledgedShas = acknowledged.Values.ToHashSet();
                Assert.All(integrity.OrphanBlobs, o => Assert.True(sent.ContainsKey(o) && !acknowledgedShas.Contains(o), $"orphan {o} was not an interrupted upload"));
                Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(data.Path, "*", SearchOption.AllDirectories), f => f.Contains("blobs", StringComparison.Ordinal));
            }
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_hundred_concurrent_submissions_over_loopback_are_all_stored_and_listed(string provider)
    {
        using var data = new TempFolder();
        var environment = new Dictionary<string, string> { ["Storage__DataFolder"] = data.Path, ["Storage__Provider"] = provider };
        if (provider == "postgres") environment["ConnectionStrings__Postgres"] = await postgres.CreateDatabaseAsync();
        var port = HostingTests.FreePort();
        using var process = StartService(port, environment);
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
            using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Authorization = TestAuth.Bearer(TestAuth.TokenFor(data.Path, "test-admin", "admin"));
            await HostingTests.WaitForHealth(client, $"http://127.0.0.1:{port}", process);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/campaigns", CampaignRequest(201))).StatusCode);

            var files = Enumerable.Range(1, 200).ToDictionary(i => $"CB{i:000}", i => Report(i, 0, members: 60));
            using var start = new SemaphoreSlim(0);
            var tasks = files.Select(f => Task.Run(async () =>
            {
                await start.WaitAsync();
                using var response = await client.PostAsync($"api/campaigns/{Campaign}/units/{f.Key}/submissions", CampaignTestData.File(f.Value, $"{f.Key}.json"));
                return (f.Key, response.StatusCode, await response.Content.ReadAsStringAsync());
            })).ToList();
            start.Release(200);
            var responses = await Task.WhenAll(tasks);
            Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Created, $"{r.Key}: {(int)r.StatusCode} {r.Item3}"));

            var listed = JsonDocument.Parse(await client.GetStringAsync($"api/campaigns/{Campaign}/submissions")).RootElement.EnumerateArray().ToList();
            Assert.Equal(200, listed.Count);
            Assert.Equal(files.Keys.Order(), listed.Select(s => s.GetProperty("unit").GetString()!).Order());
            Assert.All(listed, s => Assert.Equal(Sha(files[s.GetProperty("unit").GetString()!]), s.GetProperty("sha256").GetString()));
            var status = JsonDocument.Parse(await client.GetStringAsync($"api/campaigns/{Campaign}/status")).RootElement;
            Assert.Equal("200/201 đơn vị đã nộp", status.GetProperty("text").GetString());

            // The CLI submits over HTTP to the same service.
            using var folder = new TempFolder();
            var file = folder.File("cb201.json", Report(201, 0, members: 10));
            var stdout = new StringWriter();
            // …signed in as the unit's clerk with a token from the dev-token verb (its last line).
            var tokenOut = new StringWriter();
            Assert.Equal(CliApp.ExitCodes.Ok, await CliApp.RunAsync(["dev-token", "--user", "clerk201", "--role", "clerk", "--unit", "CB201", "--campaign", Campaign, "--data", data.Path], tokenOut, new StringWriter()));
            var token = tokenOut.ToString().Trim().Split('\n')[^1].Trim();
            var refused = await CliApp.RunAsync(["submit", "--server", $"http://127.0.0.1:{port}", "--campaign", Campaign, "--unit", "CB201", file], new StringWriter(), new StringWriter());
            Assert.Equal(CliApp.ExitCodes.Unreadable, refused); // no token: not stored
            var code = await CliApp.RunAsync(["submit", "--server", $"http://127.0.0.1:{port}", "--campaign", Campaign, "--unit", "CB201", file, "--token", token], stdout, new StringWriter());
            Assert.Equal(CliApp.ExitCodes.Ok, code);
            Assert.Contains("Đã nộp cb201.json cho Chi bộ thôn 201 (CB201)", stdout.ToString());
            status = JsonDocument.Parse(await client.GetStringAsync($"api/campaigns/{Campaign}/status")).RootElement;
            Assert.Equal("201/201 đơn vị đã nộp", status.GetProperty("text").GetString());
            // The audit log names the clerk and where the submission came from.
            var audit = JsonDocument.Parse(await client.GetStringAsync($"api/audit?campaign={Campaign}&limit=10000")).RootElement.EnumerateArray().ToList();
            Assert.Equal(201, audit.Count(e => e.GetProperty("action").GetString() == "submission.create"));
            var last = audit[^1];
            Assert.Equal(("clerk201", "CB201", "127.0.0.1"), (last.GetProperty("user").GetString(), last.GetProperty("unit").GetString(), last.GetProperty("remoteIp").GetString()));
            Assert.True(JsonDocument.Parse(await client.GetStringAsync("api/audit/verify")).RootElement.GetProperty("intact").GetBoolean());

            // An unreadable file over HTTP: refused (exit 2) with the reason and the reader's findings, nothing stored,
            // the refused attempt audited under the clerk's name.
            var broken = folder.File("cb201.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
            var errors = new StringWriter();
            Assert.Equal(CliApp.ExitCodes.Unreadable, await CliApp.RunAsync(["submit", "--server", $"http://127.0.0.1:{port}", "--campaign", Campaign, "--unit", "CB201", broken, "--token", token], new StringWriter(), errors));
            Assert.Contains("Tệp không đọc được, không nộp", errors.ToString());
            Assert.Contains("cb201.xlsx", errors.ToString());
            Assert.Equal(201, JsonDocument.Parse(await client.GetStringAsync($"api/campaigns/{Campaign}/submissions")).RootElement.GetArrayLength());
            audit = JsonDocument.Parse(await client.GetStringAsync($"api/audit?campaign={Campaign}&limit=10000")).RootElement.EnumerateArray().ToList();
            var refusal = Assert.Single(audit, e => e.GetProperty("action").GetString() == "submission.refused");
            Assert.Equal(("clerk201", "CB201"), (refusal.GetProperty("user").GetString(), refusal.GetProperty("unit").GetString()));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
