using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>Closed campaigns, "late" kept as it was at arrival, versions in arrival order, quotas and unit identity — over HTTP.</summary>
public class CampaignStateTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<(CampaignApp App, Domain.Synthetic.SyntheticProvince P)> Start(IReadOnlyDictionary<string, string>? settings = null, string due = "2025-12-10")
    {
        var app = new CampaignApp(settings);
        var p = CampaignTestData.Province(units: 12, members: 150);
        var create = await app.Client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "c1", year = 2025, deadlines = new object[] { new { unitKind = (string?)null, due } }, units = CampaignTestData.UnitsOf(p),
        });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        return (app, p);
    }

    private static Task<HttpResponseMessage> Submit(CampaignApp app, string unit, byte[] bytes, string name = "bao-cao.json") =>
        app.Client.PostAsync($"/api/campaigns/c1/units/{unit}/submissions", CampaignTestData.File(bytes, name));

    [Fact]
    public async Task A_closed_campaign_refuses_submissions_unit_and_deadline_changes_and_its_merge_stays_the_same()
    {
        var (app, p) = await Start();
        using var _ = app;
        var leaves = p.Units.Where(u => u.MemberList is not null).ToList();
        Assert.Equal(HttpStatusCode.Created, (await Submit(app, leaves[0].Unit.Code, CampaignTestData.Json(leaves[0]))).StatusCode);
        var root = p.Root.Unit.Code;
        var before = await Json(await app.Client.PostAsync($"/api/campaigns/c1/units/{root}/merge", null));

        var close = await app.Client.PostAsync("/api/campaigns/c1/close", null);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal("closed", (await Json(close)).GetProperty("state").GetString());

        var submit = await Submit(app, leaves[1].Unit.Code, CampaignTestData.Json(leaves[1]));
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Contains("đã đóng", (await Json(submit)).GetProperty("detail").GetString());
        var units = await app.Client.PutAsync("/api/campaigns/c1/units", CampaignTestData.File(Encoding.UTF8.GetBytes("code,name,kind\nX,Xã,dang-bo-cap-tren-co-so\n"), "dv.csv"));
        Assert.Equal(HttpStatusCode.Conflict, units.StatusCode);
        var deadline = await app.Client.PatchAsJsonAsync("/api/campaigns/c1", new { deadlines = new[] { new { due = "2026-01-30" } } });
        Assert.Equal(HttpStatusCode.Conflict, deadline.StatusCode);
        // The name may still be corrected.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PatchAsJsonAsync("/api/campaigns/c1", new { name = "Đợt đã đóng" })).StatusCode);

        Assert.Single((await Json(await app.Client.GetAsync("/api/campaigns/c1/submissions"))).EnumerateArray());
        Assert.Equal(p.Units.Count, (await Json(await app.Client.GetAsync("/api/campaigns/c1/units"))).GetArrayLength());
        var after = await Json(await app.Client.PostAsync($"/api/campaigns/c1/units/{root}/merge", null));
        Assert.Equal(before.GetProperty("report").GetProperty("members").GetProperty("total").GetInt64(),
            after.GetProperty("report").GetProperty("members").GetProperty("total").GetInt64());
        Assert.Equal(before.GetProperty("missing").GetArrayLength(), after.GetProperty("missing").GetArrayLength());
    }

    [Fact]
    public async Task Late_is_decided_at_arrival_and_a_later_deadline_does_not_rewrite_it()
    {
        var (app, p) = await Start(due: "2025-12-04");
        using var _ = app;
        var leaf = p.Units.First(u => u.MemberList is not null);
        // The app's clock stands at 2025-12-05 09:00 (+07): after the deadline.
        var submit = await Json(await Submit(app, leaf.Unit.Code, CampaignTestData.Json(leaf)));
        Assert.True(submit.GetProperty("late").GetBoolean());

        var moved = await app.Client.PatchAsJsonAsync("/api/campaigns/c1", new { deadlines = new[] { new { due = "2025-12-31" } } });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var status = await Json(await app.Client.GetAsync($"/api/campaigns/c1/status?unit={leaf.Unit.Code}"));
        var node = status.GetProperty("units")[0];
        Assert.True(node.GetProperty("late").GetBoolean());
        Assert.Equal("nop-muon", node.GetProperty("status").GetString());
        var listed = (await Json(await app.Client.GetAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions")))[0];
        Assert.True(listed.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task Concurrent_submissions_of_one_unit_get_versions_in_arrival_order()
    {
        var (app, p) = await Start(new Dictionary<string, string> { ["Limits:MaxVersionsPerUnit"] = "100" });
        using var _ = app;
        app.Clock.Step = TimeSpan.FromMilliseconds(3);
        var leaf = p.Units.First(u => u.MemberList is not null);
        var json = CampaignTestData.Json(leaf);
        // Thirty different files (the same report with different trailing white space), all at once.
        var sends = Enumerable.Range(1, 30).Select(i => Submit(app, leaf.Unit.Code, [.. json, .. Enumerable.Repeat((byte)' ', i)], $"v{i}.json")).ToList();
        foreach (var r in await Task.WhenAll(sends)) Assert.Equal(HttpStatusCode.Created, r.StatusCode);

        var versions = (await Json(await app.Client.GetAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions"))).EnumerateArray()
            .Select(v => (Version: v.GetProperty("version").GetInt32(), At: v.GetProperty("receivedAt").GetDateTimeOffset(), Id: v.GetProperty("id").GetInt64()))
            .OrderBy(v => v.Version).ToList();
        Assert.Equal(Enumerable.Range(1, 30), versions.Select(v => v.Version));
        for (var i = 1; i < versions.Count; i++)
            Assert.True(versions[i].At > versions[i - 1].At, $"version {versions[i].Version} arrived at {versions[i].At:O}, not after version {versions[i - 1].Version} ({versions[i - 1].At:O})");
        var status = await Json(await app.Client.GetAsync($"/api/campaigns/c1/status?unit={leaf.Unit.Code}"));
        Assert.Equal(versions[^1].Id, status.GetProperty("units")[0].GetProperty("latest").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Quotas_name_the_bound_that_was_reached()
    {
        var (app, p) = await Start(new Dictionary<string, string>
        {
            ["Limits:MaxCampaigns"] = "2",
            ["Limits:MaxVersionsPerUnit"] = "2",
            ["Limits:MaxNameLength"] = "50",
        });
        using var _ = app;
        var longName = await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c2", year = 2025, name = new string('x', 51) });
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Contains("Limits:MaxNameLength", await longName.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c2", year = 2025 })).StatusCode);
        var third = await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c3", year = 2025 });
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("Limits:MaxCampaigns", await third.Content.ReadAsStringAsync());

        var leaf = p.Units.First(u => u.MemberList is not null);
        var json = CampaignTestData.Json(leaf);
        Assert.Equal(HttpStatusCode.Created, (await Submit(app, leaf.Unit.Code, json)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Submit(app, leaf.Unit.Code, [.. json, (byte)' '])).StatusCode);
        var over = await Submit(app, leaf.Unit.Code, [.. json, (byte)' ', (byte)' ']);
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Contains("Limits:MaxVersionsPerUnit", await over.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_campaign_full_of_bytes_refuses_more_and_stored_findings_are_bounded()
    {
        var province = CampaignTestData.Province(units: 12, members: 150);
        var leaves = province.Units.Where(u => u.MemberList is not null).ToList();
        // A file that claims another unit and another year: at least three findings; two are kept, the rest counted.
        var wrong = CampaignTestData.Json(leaves[0] with { Year = 2023, Unit = leaves[0].Unit with { Code = "KHAC" } });
        // Room for that file and its (bounded) validation report, not for a second file.
        var (app, p) = await Start(new Dictionary<string, string> { ["Limits:MaxCampaignBytes"] = (wrong.Length + 4000).ToString(), ["Limits:MaxStoredFindings"] = "2" });
        using var _ = app;
        Assert.Equal(province.Units.Select(u => u.Unit.Code), p.Units.Select(u => u.Unit.Code));
        var first = await Json(await Submit(app, leaves[0].Unit.Code, wrong));
        var errors = first.GetProperty("errors").GetInt32();
        Assert.True(errors >= 2, $"errors: {errors}");
        var findings = first.GetProperty("findings").EnumerateArray().ToList();
        Assert.True(errors + first.GetProperty("warnings").GetInt32() > 2);
        Assert.Equal(3, findings.Count);
        Assert.All(findings.Take(2), f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.Equal("FINDINGS_TRUNCATED", findings[^1].GetProperty("code").GetString());
        Assert.Contains("Limits:MaxStoredFindings", findings[^1].GetProperty("message").GetString());
        // The counts stay exact, and reading the submission back gives the same bounded list.
        var again = await Json(await app.Client.GetAsync($"/api/campaigns/c1/submissions/{first.GetProperty("id").GetInt64()}"));
        Assert.Equal(errors, again.GetProperty("errors").GetInt32());
        Assert.Equal(3, again.GetProperty("findings").GetArrayLength());

        HttpResponseMessage? full = null;
        foreach (var leaf in leaves.Skip(1))
        {
            var r = await Submit(app, leaf.Unit.Code, CampaignTestData.Json(leaf));
            if (r.StatusCode != HttpStatusCode.Created) { full = r; break; }
        }
        Assert.NotNull(full);
        Assert.Equal(507, (int)full!.StatusCode);
        Assert.Contains("Limits:MaxCampaignBytes", await full.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Look_alike_case_variant_and_unsafe_unit_codes_are_refused_at_their_row()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025 })).StatusCode);
        var cases = new (string Code, string Expect)[]
        {
            ("T\u0425", "Cyrillic"),        // Cyrillic Kha looks like X
            ("T\u039F", "Hy Lạp"),          // Greek Omicron looks like O
            ("T\u200DX", "vô hình"),        // zero-width joiner
            ("\u202ETX", "chiều chữ"),      // right-to-left override
            ("a/b", "thư mục"),
            ("..", "không được dùng"),
        };
        foreach (var (code, expect) in cases)
        {
            var csv = $"code,name,kind,parent\nT,Tỉnh,dang-bo-tinh,\n{code},Xã,dang-bo-cap-tren-co-so,T\n";
            var response = await app.Client.PutAsync("/api/campaigns/c1/units", CampaignTestData.File(Encoding.UTF8.GetBytes(csv), "dv.csv"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{code}: {(int)response.StatusCode} {text}");
            var finding = (await Json(response)).GetProperty("findings").EnumerateArray().Single();
            Assert.Equal("UNIT_CODE_UNSAFE", finding.GetProperty("code").GetString());
            Assert.Contains("Dòng 3", finding.GetProperty("message").GetString());
            Assert.Contains(expect, finding.GetProperty("message").GetString());
        }
        var variant = await app.Client.PutAsync("/api/campaigns/c1/units", CampaignTestData.File(Encoding.UTF8.GetBytes(
            "code,name,kind,parent\nT,Tỉnh,dang-bo-tinh,\nX1,Xã 1,dang-bo-cap-tren-co-so,T\nx1,Xã giả,dang-bo-cap-tren-co-so,T\n"), "dv.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, variant.StatusCode);
        var f = (await Json(variant)).GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("UNIT_CODE_CASE_VARIANT", f.GetProperty("code").GetString());
        Assert.Equal("units[2].code", f.GetProperty("path").GetString());
        Assert.Empty((await Json(await app.Client.GetAsync("/api/campaigns/c1/units"))).EnumerateArray());

        // NFC and trimming are applied, not refused: " X1 " is X1; control and bidi characters in a name are stripped.
        // A NUL byte is the exception: a "text" file holding NUL is not text (binary, or UTF-16 without BOM), and the input
        // layer refuses the whole file, naming the character and where it is.
        var nul = await app.Client.PutAsync("/api/campaigns/c1/units", CampaignTestData.File(Encoding.UTF8.GetBytes(
            "code,name,kind,parent\nT,Tỉnh,dang-bo-tinh,\nX1,Xã 1\u0000,dang-bo-cap-tren-co-so,T\n"), "dv.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nul.StatusCode);
        Assert.Contains("NUL", (await Json(nul)).GetProperty("findings")[0].GetProperty("message").GetString());
        Assert.Empty((await Json(await app.Client.GetAsync("/api/campaigns/c1/units"))).EnumerateArray());
        var ok = await app.Client.PutAsync("/api/campaigns/c1/units", CampaignTestData.File(Encoding.UTF8.GetBytes(
            "code,name,kind,parent\nT,Tỉnh,dang-bo-tinh,\n X1 ,Xã\u202E 1\u001B,dang-bo-cap-tren-co-so, T\n"), "dv.csv"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var units = await Json(await app.Client.GetAsync("/api/campaigns/c1/units"));
        Assert.Equal(["T", "X1"], units.EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Equal("Xã 1", units[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Stored_and_downloaded_file_names_lose_folders_control_and_bidi_characters()
    {
        var (app, p) = await Start();
        using var _ = app;
        var leaf = p.Units.First(u => u.MemberList is not null);
        var submit = await Json(await Submit(app, leaf.Unit.Code, CampaignTestData.Json(leaf), "../../b\u00e1o\u202Ec\u00e1o\u0000\u001b.json"));
        Assert.Equal("báocáo.json", submit.GetProperty("fileName").GetString());
        var content = await app.Client.GetAsync($"/api/campaigns/c1/submissions/{submit.GetProperty("id").GetInt64()}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        var disposition = content.Content.Headers.ContentDisposition!;
        Assert.Equal("báocáo.json", disposition.FileNameStar);
    }
}
