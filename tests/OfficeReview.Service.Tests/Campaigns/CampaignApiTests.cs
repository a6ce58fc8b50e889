using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Tests.Campaigns;

public class CampaignApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Campaign_flow_submissions_status_merge_and_downloads()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        var p = CampaignTestData.Province(units: 40, members: 600);
        var create = await client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "gia-lai-2025",
            year = 2025,
            settings = new { percentPrecision = 1 },
            deadlines = new object[]
            {
                new { unitKind = "chi-bo-truc-thuoc", due = "2025-12-10", label = "Chi bộ nộp đảng ủy" },
                new { unitKind = (string?)null, due = "20/12/2025" },
            },
            units = CampaignTestData.UnitsOf(p),
        });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var created = await Json(create);
        Assert.Equal("366", created.GetProperty("campaign").GetProperty("rulesetId").GetString());
        Assert.Equal(p.Units.Count, created.GetProperty("units").GetProperty("units").GetInt32());

        var root = p.Root.Unit.Code;
        var leaves = p.Units.Where(u => u.MemberList is not null).ToList();
        var missing = leaves.Take(2).Select(l => l.Unit.Code).ToHashSet();
        var lateUnit = leaves[2];
        var badUnit = leaves[3];
        var submitted = new Dictionary<string, long>();
        foreach (var report in p.Units.Skip(1))
        {
            var code = report.Unit.Code;
            if (missing.Contains(code) || code == lateUnit.Unit.Code) continue;
            var bytes = code == badUnit.Unit.Code ? CampaignTestData.Json(report with { Unit = report.Unit with { Code = "KHAC" } }) : CampaignTestData.Json(report);
            var response = await client.PostAsync($"/api/campaigns/gia-lai-2025/units/{code}/submissions", CampaignTestData.File(bytes, $"{code}.json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            submitted[code] = (await Json(response)).GetProperty("id").GetInt64();
        }

        // The same bytes again: the earlier submission, nothing new.
        var again = await client.PostAsync($"/api/campaigns/gia-lai-2025/units/{leaves[5].Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(leaves[5]), "lai.json"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var againJson = await Json(again);
        Assert.False(againJson.GetProperty("created").GetBoolean());
        Assert.Equal(submitted[leaves[5].Unit.Code], againJson.GetProperty("id").GetInt64());

        // After every deadline, one more unit sends its file: late.
        app.Clock.Now = new DateTimeOffset(2025, 12, 22, 8, 0, 0, TimeSpan.FromHours(7));
        var late = await client.PostAsync($"/api/campaigns/gia-lai-2025/units/{lateUnit.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(lateUnit), "muon.json"));
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        Assert.True((await Json(late)).GetProperty("late").GetBoolean());

        // Status tree.
        var status = await Json(await client.GetAsync("/api/campaigns/gia-lai-2025/status"));
        var counts = status.GetProperty("counts");
        Assert.Equal(p.Units.Count - 1, counts.GetProperty("units").GetInt32());
        Assert.Equal(p.Units.Count - 3, counts.GetProperty("submitted").GetInt32());
        Assert.Equal(2, counts.GetProperty("missing").GetInt32());
        Assert.Equal(2, counts.GetProperty("overdue").GetInt32());
        Assert.Equal(1, counts.GetProperty("late").GetInt32());
        Assert.Equal($"{p.Units.Count - 3}/{p.Units.Count - 1} đơn vị đã nộp", status.GetProperty("text").GetString());
        var flat = new List<JsonElement>();
        void Walk(JsonElement n) { flat.Add(n); foreach (var c in n.GetProperty("children").EnumerateArray()) Walk(c); }
        foreach (var n in status.GetProperty("units").EnumerateArray()) Walk(n);
        string StatusOf(string code) => flat.Single(n => n.GetProperty("code").GetString() == code).GetProperty("status").GetString()!;
        Assert.Equal("nop-muon", StatusOf(lateUnit.Unit.Code));
        Assert.Equal("co-loi", StatusOf(badUnit.Unit.Code));
        Assert.Equal("chua-nop", StatusOf(missing.First()));
        Assert.Equal("hop-le", StatusOf(leaves[5].Unit.Code));
        Assert.Equal("Chưa nộp (quá hạn)", flat.Single(n => n.GetProperty("code").GetString() == missing.First()).GetProperty("statusText").GetString());

        // Merge at the top: the missing units and the one whose file claims another unit are left out.
        var merge = await client.PostAsync($"/api/campaigns/gia-lai-2025/units/{root}/merge", null);
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var result = await Json(merge);
        var missingCodes = result.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToHashSet();
        Assert.Equal(missing.Append(badUnit.Unit.Code).ToHashSet(), missingCodes);
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == HierarchyMerge.UnitMismatch);
        var used = leaves.Where(l => !missingCodes.Contains(l.Unit.Code)).ToList();
        Assert.Equal(used.Sum(l => l.Members!.Total), result.GetProperty("report").GetProperty("members").GetProperty("total").GetInt64());
        var provenance = result.GetProperty("provenance").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "members.total");
        Assert.Equal(used.Sum(l => l.Members!.Total), provenance.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("value").GetInt64()));

        var location = merge.Headers.Location!.ToString();
        var stored = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(await merge.Content.ReadAsStringAsync(), await stored.Content.ReadAsStringAsync());
        var results = await Json(await client.GetAsync("/api/campaigns/gia-lai-2025/results"));
        Assert.Equal(3, results[0].GetProperty("summary").GetProperty("missing").GetInt32());

        // Stored bytes come back unchanged.
        var content = await client.GetAsync($"/api/campaigns/gia-lai-2025/submissions/{submitted[leaves[5].Unit.Code]}/content");
        Assert.Equal(CampaignTestData.Json(leaves[5]), await content.Content.ReadAsByteArrayAsync());
        var versions = await Json(await client.GetAsync($"/api/campaigns/gia-lai-2025/units/{leaves[5].Unit.Code}/submissions"));
        Assert.Equal(1, versions.GetArrayLength());
    }

    [Fact]
    public async Task Problems_are_rfc7807_with_vietnamese_titles()
    {
        using var app = new CampaignApp();
        var missing = await app.Client.GetAsync("/api/campaigns/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        var problem = await Json(missing);
        Assert.Equal("Không tìm thấy đợt kiểm điểm", problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());

        var bad = await app.Client.PostAsync("/api/campaigns", new StringContent("{ \"year\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Yêu cầu không hợp lệ", (await Json(bad)).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c", year = 2025 })).StatusCode);
        var noUnit = await app.Client.PostAsync("/api/campaigns/c/units/X/submissions", CampaignTestData.File([1, 2, 3], "x.json"));
        Assert.Equal(HttpStatusCode.NotFound, noUnit.StatusCode);
        Assert.Equal("Không tìm thấy đơn vị", (await Json(noUnit)).GetProperty("title").GetString());

        // A unit list with a cycle and an unknown kind is refused whole, findings included.
        var csv = "ma;ten;loai;ma_cap_tren\nT;Tỉnh;dang-bo-tinh;\nA;Xã A;Đảng bộ cấp trên trực tiếp cơ sở;B\nB;Xã B;dang-bo-cap-tren-co-so;A\nC;Chi bộ C;chi bộ lạ;A\n";
        var import = await app.Client.PutAsync("/api/campaigns/c/units", CampaignTestData.File(Encoding.UTF8.GetBytes(csv), "don-vi.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        var findings = (await Json(import)).GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("message").GetString()!.Contains("Dòng 5") && f.GetProperty("message").GetString()!.Contains("chi bộ lạ"));
        Assert.Empty(await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/c/units") ?? []);

        var good = "ma;ten;loai;ma_cap_tren;loai_hinh\nT;Tỉnh;dang-bo-tinh;;\nA;Xã A;Đảng bộ cấp trên trực tiếp cơ sở;T;Xã\n";
        var ok = await app.Client.PutAsync("/api/campaigns/c/units", CampaignTestData.File(Encoding.UTF8.GetBytes(good), "don-vi.csv"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var units = await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/c/units");
        Assert.Equal("xa", units![1].GetProperty("category").GetString());
    }

    [Fact]
    public async Task Stateless_merge_of_uploaded_files_gives_the_consolidation_and_findings()
    {
        using var app = new CampaignApp();
        var p = CampaignTestData.Province(units: 60, members: 900, seed: 8);
        var parent = p.Units.First(u => u.Unit.Kind == UnitKind.BaseCommittee && p.ChildrenOf(u.Unit.Code).Count() >= 2);
        var children = p.ChildrenOf(parent.Unit.Code).ToList();
        var files = children.Select(c => (CampaignTestData.Json(c), $"{c.Unit.Code}.json")).ToList();
        files.Add((CampaignTestData.Json(children[0]), "ban-sao.json"));
        var response = await app.Client.PostAsync("/api/merge", CampaignTestData.Form([.. files]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Json(response);
        Assert.Equal(parent.Unit.Code, result.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal(parent.Members!.Total, result.GetProperty("report").GetProperty("members").GetProperty("total").GetInt64());
        Assert.Equal(children.Count, result.GetProperty("report").GetProperty("organizations").GetProperty("subordinateCells").GetProperty("total").GetInt64());
        var dup = Assert.Single(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == HierarchyMerge.UnitDuplicate);
        Assert.Equal("ban-sao.json", dup.GetProperty("file").GetString());
        Assert.Equal(children.Count + 1, result.GetProperty("sources").GetArrayLength());

        var none = await app.Client.PostAsync("/api/merge", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }
}
