using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Features.Microsoft365;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Microsoft365;

/// <summary>
/// Issue #13 item 3: folder → pull → submissions → merge → results saved back, with the real Graph SDK against a local
/// fake of Graph's drive routes — paging, throttling, a transient failure, a file changed mid-pull, a file of another unit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GraphFlowTests(PostgresServer postgres, AzuriteServer azurite)
{
    private const string Drive = "b!Vn9kTzEx-Pa_Qu4nGtri2025"; // SharePoint drive ids start with "b!"
    private const string Campaign = "m365";

    private static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Sha(byte[] b) => Convert.ToHexStringLower(SHA256.HashData(b));

    private static CampaignApp App(FakeGraph fake, FakeCredential credential, Dictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Graph:BaseUrl"] = fake.BaseUrl,
            ["Graph:PageSize"] = "4",
            ["Graph:MaxRetryAfterSeconds"] = "5",
            ["Graph:SimpleUploadMaxBytes"] = "20000",
            ["Graph:UploadSliceBytes"] = "327680",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        return new CampaignApp(settings, b => b.ConfigureTestServices(s => s.AddSingleton<Azure.Core.TokenCredential>(credential)));
    }

    /// <summary>On the embedded store and on the cloud one (rows in PostgreSQL, bytes in Blob Storage on Azurite).</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres+blob")]
    public async Task Folder_pull_submissions_merge_and_results_saved_back_through_the_graph_sdk(string storage)
    {
        await using var fake = await FakeGraph.StartAsync();
        var credential = new FakeCredential();
        var settings = new Dictionary<string, string>();
        var container = AzuriteServer.NewContainer();
        if (storage == "postgres+blob")
        {
            settings["Storage:Provider"] = "postgres";
            settings["ConnectionStrings:Postgres"] = await postgres.CreateDatabaseAsync();
            settings["Storage:Blob:ConnectionString"] = azurite.ConnectionString;
            settings["Storage:Blob:Container"] = container;
        }
        using var app = App(fake, credential, settings);
        var client = app.Client;
        var p = CampaignTestData.Province(units: 12, members: 120, seed: 31);
        var root = p.Root.Unit;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new
        {
            id = Campaign, year = 2025, units = CampaignTestData.UnitsOf(p), deadlines = new object[] { new { reviewBy = "2025-12-05", due = "2025-12-10" } },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/campaigns/{Campaign}/issuer", new
        {
            issuer = "ĐẢNG ỦY XÃ AN BÌNH", issuerCode = "ĐU", place = "An Bình", level = "dang-uy-xa",
            signer = new { authority = "T/M", body = "BAN THƯỜNG VỤ", title = "BÍ THƯ", name = "Nguyễn Văn An" },
        })).StatusCode);

        // The drive: "Kiểm điểm 2025/Nộp" holds what the subordinate units saved; "Kiểm điểm 2025/Kết quả" gets the results.
        fake.AddDrive(Drive);
        var year = fake.AddFolder(Drive, "root", "Kiểm điểm 2025");
        var inbox = fake.AddFolder(Drive, year.Id, "Nộp");
        var outbox = fake.AddFolder(Drive, year.Id, "Kết quả");
        var sent = new Dictionary<string, byte[]>();
        var subordinates = p.Units.Skip(1).ToList();
        for (var i = 0; i < subordinates.Count; i++)
        {
            var r = subordinates[i];
            var (name, bytes) = i % 2 == 0
                ? ($"{r.Unit.Code} báo cáo.xlsx", UnitWorkbookWriter.Write(r))
                : ($"{r.Unit.Code}.json", CampaignTestData.Json(r));
            fake.AddFile(Drive, inbox.Id, name, bytes);
            sent[r.Unit.Code] = bytes;
        }
        fake.AddFile(Drive, inbox.Id, "ban-cua-cap-tren.json", CampaignTestData.Json(p.Root)); // names the folder's own level
        fake.AddFile(Drive, inbox.Id, "don-vi-la.json", CampaignTestData.Json(subordinates[0] with { Unit = subordinates[0].Unit with { Code = "KHAC", Name = "Chi bộ lạ" } }));
        fake.AddFile(Drive, inbox.Id, "ghi chú.txt", Encoding.UTF8.GetBytes("không phải báo cáo"));
        fake.AddFolder(Drive, inbox.Id, "Lưu cũ");
        var listedFiles = subordinates.Count + 3;

        // Folders: refused whole when anything is wrong, and only as JSON.
        var bad = await client.PutAsJsonAsync($"/api/campaigns/{Campaign}/graph-folders", new
        {
            folders = new object[] { new { unit = "KHONG-CO", driveId = Drive, path = "a" }, new { unit = root.Code, driveId = Drive, itemId = inbox.Id, path = "x/../y" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badText = await bad.Content.ReadAsStringAsync();
        Assert.Contains("folders[0].unit", badText);
        Assert.Contains("folders[1]: nêu đúng một trong", badText);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PutAsync($"/api/campaigns/{Campaign}/graph-folders", new StringContent("{}", Encoding.UTF8, "text/plain"))).StatusCode);
        var set = await Json(await client.PutAsJsonAsync($"/api/campaigns/{Campaign}/graph-folders", new
        {
            folders = new object[] { new { unit = root.Code, driveId = Drive, path = "/Kiểm điểm 2025/Nộp/", results = new { path = "Kiểm điểm 2025/Kết quả" } } },
        }));
        Assert.Equal("Kiểm điểm 2025/Nộp", set.GetProperty("folders")[0].GetProperty("path").GetString());
        Assert.Equal(Drive, (await Json(await client.GetAsync($"/api/campaigns/{Campaign}/graph-folders"))).GetProperty("folders")[0].GetProperty("driveId").GetString());

        // Throttled on the first listing page, a 503 on one download, and one file saved again while it is being pulled.
        fake.Fail((m, path) => m == "GET" && path.EndsWith($"/items/{inbox.Id}/children", StringComparison.Ordinal), 429, count: 1, retryAfterSeconds: 1);
        var flaky = fake.Children(Drive, inbox.Id).First(i => i.Name.EndsWith(".json", StringComparison.Ordinal) && i.Name != "ban-cua-cap-tren.json" && i.Name != "don-vi-la.json");
        fake.Fail((m, path) => m == "GET" && path.EndsWith($"/items/{flaky.Id}/content", StringComparison.Ordinal), 503, count: 1, retryAfterSeconds: 1);
        var changing = subordinates[2]; // an .xlsx
        var changed = UnitWorkbookWriter.Write(changing with { OwnRating = new OwnRating { Level = RatingLevel.Excellent } });
        Assert.NotEqual(sent[changing.Unit.Code], changed);
        var changingItem = fake.Children(Drive, inbox.Id).Single(i => i.Name.StartsWith(changing.Unit.Code + " ", StringComparison.Ordinal));
        var before = fake.Requests.Count;
        fake.AfterDownload = Once(changingItem.Id, item => fake.Replace(item, changed), fake);

        var pull = await Json(await client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null));
        var folder = pull.GetProperty("folders")[0];
        Assert.False(folder.TryGetProperty("problem", out var problem), problem.ToString());
        Assert.Equal(listedFiles, folder.GetProperty("listed").GetInt32());
        Assert.Equal((listedFiles + 1 + 3) / 4, folder.GetProperty("pages").GetInt32()); // the sub-folder is on a page too
        Assert.Equal(0, folder.GetProperty("failed").GetArrayLength());
        Assert.Equal(subordinates.Select(s => s.Unit.Code).Order(), folder.GetProperty("submitted").EnumerateArray().Select(s => s.GetProperty("unit").GetString()!).Order());
        var refused = folder.GetProperty("refused").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!, r => r.GetProperty("reason").GetString()!);
        Assert.Equal(["ban-cua-cap-tren.json", "don-vi-la.json"], refused.Keys.Order());
        Assert.Contains($"Tệp ban-cua-cap-tren.json ghi là của đơn vị \"{root.Code}\"", refused["ban-cua-cap-tren.json"]);
        Assert.Contains($"không phải đơn vị cấp dưới của {root.Name} ({root.Code})", refused["ban-cua-cap-tren.json"]);
        Assert.Contains("\"KHAC\"", refused["don-vi-la.json"]);
        Assert.True(pull.GetProperty("retries").GetInt32() >= 2);

        // What Graph saw: a token on every Graph call and none on the pre-authenticated download URLs; the drive id
        // arrives whole ('!' escaped by the SDK); the throttled page was asked again; the changed file was read twice.
        var seen = fake.Requests.Skip(before).ToList();
        Assert.All(seen.Where(s => s.Path.StartsWith("/v1.0/", StringComparison.Ordinal)), s => Assert.Equal($"Bearer {FakeGraph.Token}", s.Authorization));
        Assert.All(seen.Where(s => s.Path.StartsWith("/download/", StringComparison.Ordinal)), s => Assert.Null(s.Authorization));
        Assert.Contains(seen, s => s.Path == $"/v1.0/drives/{Drive}/root:/Kiểm điểm 2025/Nộp:" && s.Status == 200);
        Assert.Equal([429, 200], seen.Where(s => s.Path.EndsWith($"/items/{inbox.Id}/children", StringComparison.Ordinal) && !s.Query.Contains("skiptoken", StringComparison.Ordinal)).Select(s => s.Status));
        Assert.Equal([503, 302], seen.Where(s => s.Path.EndsWith($"/items/{flaky.Id}/content", StringComparison.Ordinal)).Select(s => s.Status));
        Assert.Equal(2, seen.Count(s => s.Path.EndsWith($"/items/{changingItem.Id}/content", StringComparison.Ordinal)));
        Assert.DoesNotContain(seen, s => s.Path.Contains("ghi chú", StringComparison.Ordinal) && s.Path.EndsWith("/content", StringComparison.Ordinal));

        // The submissions are the files' bytes — the changed file's final version — each under the unit it names.
        var submissions = (await Json(await client.GetAsync($"/api/campaigns/{Campaign}/submissions"))).EnumerateArray().ToList();
        Assert.Equal(subordinates.Count, submissions.Count);
        foreach (var s in submissions)
        {
            var unit = s.GetProperty("unit").GetString()!;
            Assert.Equal(Sha(unit == changing.Unit.Code ? changed : sent[unit]), s.GetProperty("sha256").GetString());
        }

        // Pulled again: nothing downloaded, every file unchanged by its eTag (the refused ones keep their reason).
        before = fake.Requests.Count;
        var again = (await Json(await client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null))).GetProperty("folders")[0];
        Assert.Equal(0, again.GetProperty("submitted").GetArrayLength());
        Assert.Equal(listedFiles - 1, again.GetProperty("unchanged").GetArrayLength());
        Assert.DoesNotContain(fake.Requests.Skip(before), s => s.Path.EndsWith("/content", StringComparison.Ordinal));

        // One unit saves a new version in SharePoint: the next pull submits it as version 2, and only it.
        var updated = subordinates[1];
        var newer = CampaignTestData.Json(updated with { OwnRating = new OwnRating { Level = RatingLevel.Excellent } });
        fake.Replace(fake.Children(Drive, inbox.Id).Single(i => i.Name == $"{updated.Unit.Code}.json"), newer);
        var third = (await Json(await client.PostAsync($"/api/campaigns/{Campaign}/graph-pull?unit={root.Code}", null))).GetProperty("folders")[0];
        var only = Assert.Single(third.GetProperty("submitted").EnumerateArray());
        Assert.Equal((updated.Unit.Code, 2), (only.GetProperty("unit").GetString(), only.GetProperty("version").GetInt32()));

        // Merge at the level, approve a document, save both back to the results folder (the workbook by an upload session).
        var merge = await client.PostAsync($"/api/campaigns/{Campaign}/units/{root.Code}/merge", null);
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var resultId = merge.Headers.GetValues("X-Result-Id").Single();
        var draft = await Json(await client.PostAsJsonAsync($"/api/campaigns/{Campaign}/documents", new { kind = "ke-hoach", unit = root.Code }));
        var docId = draft.GetProperty("id").GetInt64();
        await Json(await client.PostAsync($"/api/campaigns/{Campaign}/documents/{docId}/approve", null));
        before = fake.Requests.Count;
        var published = await Json(await client.PostAsync($"/api/campaigns/{Campaign}/graph-publish", null));
        Assert.Equal(0, published.GetProperty("problems").GetArrayLength());
        var workbook = await client.GetByteArrayAsync($"/api/campaigns/{Campaign}/results/{resultId}/workbook");
        var final = await client.GetByteArrayAsync($"/api/campaigns/{Campaign}/documents/{docId}/final");
        var saved = fake.Children(Drive, outbox.Id).ToDictionary(i => i.Name, i => i.Content);
        Assert.Equal(2, saved.Count);
        Assert.Equal(workbook, saved[$"tong-hop-{root.Code}.xlsx"]);
        Assert.Equal(final, Assert.Single(saved, kv => kv.Key.EndsWith(".docx", StringComparison.Ordinal)).Value);
        Assert.True(workbook.Length > 20000);
        Assert.Contains(fake.Requests.Skip(before), s => s.Path.EndsWith($"/items/{outbox.Id}:/tong-hop-{root.Code}.xlsx:/createUploadSession", StringComparison.Ordinal) && s.Status == 200);
        Assert.Contains(fake.Requests.Skip(before), s => s.Path.StartsWith("/upload/", StringComparison.Ordinal));
        // Saved again: the same names are replaced, not duplicated.
        await Json(await client.PostAsync($"/api/campaigns/{Campaign}/graph-publish", null));
        Assert.Equal(2, fake.Children(Drive, outbox.Id).Count);

        // The audit log names each file that came through Graph, each refusal, the pulls and the save-back.
        var audit = (await Json(await client.GetAsync($"/api/audit?campaign={Campaign}&limit=10000"))).EnumerateArray().ToList();
        Assert.Equal(3, audit.Count(e => e.GetProperty("action").GetString() == "graph.pull"));
        Assert.Equal(2, audit.Count(e => e.GetProperty("action").GetString() == "graph.publish"));
        Assert.Equal(subordinates.Count, audit.Count(e => e.GetProperty("action").GetString() == "submission.create" && e.GetProperty("detail").GetString()!.Contains("qua Microsoft 365", StringComparison.Ordinal)));
        Assert.Equal(2, audit.Count(e => e.GetProperty("action").GetString() == "submission.refused"));
        Assert.True(credential.Requests >= 1);

        if (storage == "postgres+blob")
        {
            // The bytes of every submission, the result and the documents are blobs named by their hash.
            var names = new HashSet<string>();
            await foreach (var blob in azurite.Container(container).GetBlobsAsync()) names.Add(blob.Name);
            Assert.All(submissions, s => Assert.Contains($"{s.GetProperty("sha256").GetString()![..2]}/{s.GetProperty("sha256").GetString()}", names));
            Assert.Contains($"{Sha(workbook)[..2]}/{Sha(workbook)}", names);
            Assert.Contains($"{Sha(final)[..2]}/{Sha(final)}", names);
        }
    }

    private static Action<FakeGraph.Item> Once(string id, Action<FakeGraph.Item> change, FakeGraph fake)
    {
        Action<FakeGraph.Item>? self = null;
        self = item =>
        {
            if (item.Id == id) change(item);
            else fake.AfterDownload = self; // not the one: wait for it
        };
        return self;
    }

    [Fact]
    public async Task A_folder_that_keeps_failing_is_reported_and_nothing_is_stored()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var app = App(fake, new FakeCredential(), new() { ["Graph:MaxRetries"] = "2" });
        var p = CampaignTestData.Province(units: 6, members: 40, seed: 3);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = Campaign, year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        fake.AddDrive(Drive);
        var inbox = fake.AddFolder(Drive, "root", "Nộp");
        foreach (var r in p.Units.Skip(1)) fake.AddFile(Drive, inbox.Id, $"{r.Unit.Code}.json", CampaignTestData.Json(r));
        await Json(await app.Client.PutAsJsonAsync($"/api/campaigns/{Campaign}/graph-folders", new { folders = new object[] { new { unit = p.Root.Unit.Code, driveId = Drive, itemId = inbox.Id } } }));

        // 500 on every try of the listing (1 + 2 retries), and a Retry-After beyond the bound is not waited for.
        fake.Fail((m, path) => path.EndsWith("/children", StringComparison.Ordinal), 500, count: 3);
        var folder = (await Json(await app.Client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null))).GetProperty("folders")[0];
        Assert.Contains("Không đọc được thư mục", folder.GetProperty("problem").GetString());
        Assert.Contains("500", folder.GetProperty("problem").GetString());
        Assert.Equal(3, fake.Requests.Count(s => s.Path.EndsWith("/children", StringComparison.Ordinal)));
        fake.Fail((m, path) => path.EndsWith("/children", StringComparison.Ordinal), 429, count: 1, retryAfterSeconds: 3600);
        folder = (await Json(await app.Client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null))).GetProperty("folders")[0];
        Assert.Contains("429", folder.GetProperty("problem").GetString());
        Assert.Empty((await Json(await app.Client.GetAsync($"/api/campaigns/{Campaign}/submissions"))).EnumerateArray());

        // Bytes served directly (no redirect) work the same; then the pull goes through.
        fake.RedirectDownloads = false;
        folder = (await Json(await app.Client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null))).GetProperty("folders")[0];
        Assert.Equal(p.Units.Count - 1, folder.GetProperty("submitted").GetArrayLength());
    }

    [Fact]
    public async Task A_folder_over_the_file_bound_is_read_up_to_the_bound_and_the_rest_reported()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var app = App(fake, new FakeCredential(), new() { ["Graph:MaxFilesPerFolder"] = "3", ["Graph:PageSize"] = "2" });
        var p = CampaignTestData.Province(units: 7, members: 40, seed: 4);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = Campaign, year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        fake.AddDrive(Drive);
        var inbox = fake.AddFolder(Drive, "root", "Nộp");
        foreach (var r in p.Units.Skip(1)) fake.AddFile(Drive, inbox.Id, $"{r.Unit.Code}.json", CampaignTestData.Json(r));
        Assert.True(p.Units.Count - 1 > 3);
        await Json(await app.Client.PutAsJsonAsync($"/api/campaigns/{Campaign}/graph-folders", new { folders = new object[] { new { unit = p.Root.Unit.Code, driveId = Drive, itemId = inbox.Id } } }));
        var folder = (await Json(await app.Client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null))).GetProperty("folders")[0];
        Assert.Equal(3, folder.GetProperty("submitted").GetArrayLength());
        Assert.Contains("Graph:MaxFilesPerFolder", Assert.Single(folder.GetProperty("failed").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(3, (await Json(await app.Client.GetAsync($"/api/campaigns/{Campaign}/submissions"))).GetArrayLength());
    }

    [Fact]
    public async Task Without_a_credential_the_graph_routes_answer_503_and_the_configuration_picks_the_credential_kind()
    {
        using var app = new CampaignApp(new Dictionary<string, string> { ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0" });
        var p = CampaignTestData.Province(units: 4, members: 20, seed: 2);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = Campaign, year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        await Json(await app.Client.PutAsJsonAsync($"/api/campaigns/{Campaign}/graph-folders", new { folders = new object[] { new { unit = p.Root.Unit.Code, driveId = Drive, itemId = "01ABC" } } }));
        var r = await app.Client.PostAsync($"/api/campaigns/{Campaign}/graph-pull", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.Contains("Graph:ClientSecret", await r.Content.ReadAsStringAsync());

        Assert.Null(GraphClients.CredentialFrom(new GraphOptions()));
        Assert.IsType<Azure.Identity.ClientSecretCredential>(GraphClients.CredentialFrom(new GraphOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" }));
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(GraphClients.CredentialFrom(new GraphOptions { ManagedIdentity = true }));
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(GraphClients.CredentialFrom(new GraphOptions { ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001" }));
        Assert.Throws<InvalidOperationException>(() => GraphClients.CredentialFrom(new GraphOptions { ClientSecret = "s" }));
        Assert.Contains("127.0.0.1", GraphClients.TokenHosts(new GraphOptions { BaseUrl = "http://127.0.0.1:5000/v1.0" }));
        Assert.DoesNotContain("127.0.0.1", GraphClients.TokenHosts(new GraphOptions()));
    }
}
