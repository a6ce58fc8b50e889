using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Profiles;

/// <summary>
/// Issue #14, items 3 and 4: mapping profiles saved on the server (checked against sample files on every save), and last
/// year's untagged workbooks — typed in Unicode, TCVN3 or VNI — imported through one into last year's campaign, whose
/// figures the next year's Báo cáo then compares with.
/// </summary>
public class ProfileApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text.Length == 0 ? "null" : text).RootElement;
    }

    private static readonly OldUnit s_tanLac = new("HB.01", "Đảng bộ xã Tân Lạc", 118, 11, 80, 20, 1, 9, 1);
    private static readonly OldUnit s_kySon = new(null, "Đảng bộ phường Kỳ Sơn", 131, 14, 88, 22, 1, 12, 2);
    private static readonly OldUnit s_muongChieng = new(null, "Đảng bộ xã Mường Chiềng", 96, 9, 63, 17, 1, 8, 1);

    private static object[] Units() =>
    [
        new { code = "HB", name = "Đảng bộ Khối các cơ quan tỉnh Hòa Bình", kind = "dang-bo-cap-tren-co-so" },
        new { code = "HB.01", name = "Đảng bộ xã Tân Lạc", kind = "dang-bo-co-so", parent = "HB" },
        new { code = "HB.02", name = "Đảng bộ phường Kỳ Sơn", kind = "dang-bo-co-so", parent = "HB" },
        new { code = "HB.03", name = "Đảng bộ xã Mường Chiềng (cũ)", kind = "dang-bo-co-so", parent = "HB" },
    ];

    [Fact]
    public async Task A_profile_is_saved_with_its_check_listed_read_replaced_and_deleted_and_each_change_is_audited()
    {
        using var app = new CampaignApp();
        var sample = LastYearWorkbooks.Build(s_tanLac, OldFont.Tcvn3);
        var created = await app.Client.PostAsync("/api/profiles", LastYearWorkbooks.Request(LastYearWorkbooks.Profile(withUnfindable: true), (sample, "HB.01-2024.xlsx")));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await Json(created);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("bao-cao-nam-2024-cua-tinh-chua-gan-ten", id); // from the name, folded
        Assert.Equal($"/api/profiles/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal(17, body.GetProperty("entries").GetInt32());
        // The check on save: the figure the sample does not have is reported with the file, the sheet and the cell looked at.
        var check = body.GetProperty("check");
        Assert.False(check.GetProperty("complete").GetBoolean());
        var file = Assert.Single(check.GetProperty("files").EnumerateArray());
        Assert.Equal("HB.01-2024.xlsx", file.GetProperty("file").GetString());
        var missing = Assert.Single(file.GetProperty("missing").EnumerateArray());
        Assert.Equal(("OR_Ldr_Total", "Biểu cũ", "C9"), (missing.GetProperty("figure").GetString(), missing.GetProperty("sheet").GetString(), missing.GetProperty("cell").GetString()));
        Assert.Contains("HB.01-2024.xlsx", missing.GetProperty("message").GetString());
        Assert.Contains(file.GetProperty("located").EnumerateArray(), l => l.GetProperty("name").GetString() == "OR_Mem_Excellent" && l.GetProperty("cell").GetString() == "E9");

        // Listed and read back (members read too); the profile text is NFC.
        var list = await Json(await app.Client.GetAsync("/api/profiles"));
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetString());
        var clerk = app.ClientAs("clerk1", "clerk", "HB.01", "c");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/profiles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.DeleteAsync($"/api/profiles/{id}")).StatusCode);
        var got = await Json(await app.Client.GetAsync($"/api/profiles/{id}"));
        var entries = got.GetProperty("profile").GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("figure").GetString() == "OR_Mem_Total" && e.GetProperty("rowLabel").GetString() == "Đảng viên");

        // The same id again: refused; replaced: the next version, now complete against two samples.
        var again = await app.Client.PostAsync("/api/profiles", LastYearWorkbooks.Request(LastYearWorkbooks.Profile(), (sample, "a.xlsx")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var replaced = await app.Client.PutAsync($"/api/profiles/{id}", LastYearWorkbooks.Request(LastYearWorkbooks.Profile(),
            (sample, "HB.01-2024.xlsx"), (LastYearWorkbooks.Build(s_kySon, OldFont.Vni), "ky-son.xlsx")));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var second = await Json(replaced);
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(16, second.GetProperty("entries").GetInt32());
        // Every figure found in both; the VNI file has no code row, which is the one figure not found there.
        var files = second.GetProperty("check").GetProperty("files").EnumerateArray().ToList();
        Assert.Empty(files[0].GetProperty("notFound").EnumerateArray());
        Assert.Equal("OR_Unit_Code", Assert.Single(files[1].GetProperty("notFound").EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.PutAsync("/api/profiles/khong-co", LastYearWorkbooks.Request(LastYearWorkbooks.Profile(), (sample, "a.xlsx")))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"/api/profiles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/profiles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.DeleteAsync($"/api/profiles/{id}")).StatusCode);

        var actions = (await Json(await app.Client.GetAsync("/api/audit"))).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString()!.StartsWith("profile.", StringComparison.Ordinal))
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("target").GetString())).ToList();
        Assert.Equal([("profile.create", id), ("profile.replace", id), ("profile.delete", id)], actions);
    }

    [Fact]
    public async Task A_profile_that_names_no_known_figure_or_two_ways_is_refused_with_every_problem_and_nothing_is_stored()
    {
        using var app = new CampaignApp();
        var sample = LastYearWorkbooks.Build(s_tanLac, OldFont.Unicode);
        var bad = new
        {
            name = "Hồ sơ sai",
            entries = new object[]
            {
                new { figure = "OR_Khong_Co" },
                new { figure = "OR_Mem_Total", sheet = "BC2024", cell = "B9", rowLabel = "Đảng viên" },
                new { figure = "OR_Mem_Rated", cell = "D9" },
            },
        };
        var r = await app.Client.PostAsync("/api/profiles", LastYearWorkbooks.Request(bad, (sample, "a.xlsx")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var detail = (await Json(r)).GetProperty("detail").GetString()!;
        Assert.Contains("OR_Khong_Co", detail);
        Assert.Contains("Dòng ánh xạ 2 (OR_Mem_Total)", detail);
        Assert.Contains("Dòng ánh xạ 3 (OR_Mem_Rated): ô \"D9\" cần tên trang tính", detail);
        // Without a sample file: refused too (every saved profile has been checked).
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.PostAsync("/api/profiles", LastYearWorkbooks.Request(LastYearWorkbooks.Profile()))).StatusCode);
        Assert.Empty((await Json(await app.Client.GetAsync("/api/profiles"))).EnumerateArray());
    }

    [Fact]
    public async Task Last_years_files_in_tcvn3_vni_and_unicode_are_imported_by_profile_and_this_years_bao_cao_compares_with_them()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "hb-2024", year = 2024, units = Units(), deadlines = new object[] { new { due = "2024-12-10" } },
        })).StatusCode);
        var tanLac = LastYearWorkbooks.Build(s_tanLac, OldFont.Tcvn3);
        var profile = await Json(await client.PostAsync("/api/profiles", LastYearWorkbooks.Request(LastYearWorkbooks.Profile(id: "bc-2024"),
            (tanLac, "HB.01-2024.xlsx"))));
        Assert.Equal("bc-2024", profile.GetProperty("id").GetString());

        // Five files: TCVN3 with its code, VNI without (found by its name), Unicode NFD whose name differs (found by the file
        // name), a file that is no workbook, and a unit that is not in the campaign.
        var nfd = s_muongChieng with { Name = "Đảng bộ xã Mường Chiềng".Normalize(System.Text.NormalizationForm.FormD) };
        var stranger = new OldUnit(null, "Đảng bộ xã Không Có", 50, 5, 30, 14, 1, 4, 0);
        var imported = await client.PostAsync("/api/campaigns/hb-2024/profile-import?profile=bc-2024", LastYearWorkbooks.Files(
            (tanLac, "HB.01-2024.xlsx"),
            (LastYearWorkbooks.Build(s_kySon, OldFont.Vni), "ky-son.xlsx"),
            ("Đây không phải bảng tính"u8.ToArray(), "hong.xlsx"),
            (LastYearWorkbooks.Build(nfd, OldFont.Unicode), "HB.03 bao cao 2024.xlsx"),
            (LastYearWorkbooks.Build(stranger, OldFont.Unicode), "khong-ro.xlsx")));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var result = await Json(imported);
        Assert.Equal((3, 2), (result.GetProperty("submitted").GetInt32(), result.GetProperty("refused").GetInt32()));
        var byFile = result.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!);
        Assert.Equal(("HB.01", "code"), (byFile["HB.01-2024.xlsx"].GetProperty("unit").GetString(), byFile["HB.01-2024.xlsx"].GetProperty("matchedBy").GetString()));
        Assert.Equal(("HB.02", "name"), (byFile["ky-son.xlsx"].GetProperty("unit").GetString(), byFile["ky-son.xlsx"].GetProperty("matchedBy").GetString()));
        Assert.Equal(("HB.03", "file"), (byFile["HB.03 bao cao 2024.xlsx"].GetProperty("unit").GetString(), byFile["HB.03 bao cao 2024.xlsx"].GetProperty("matchedBy").GetString()));
        // Each conversion is information at its cell, through the profile import too.
        foreach (var (name, encoding, code) in new[] { ("HB.01-2024.xlsx", "TCVN3 (ABC)", "XLSX_TEXT_LEGACY_ENCODING"), ("ky-son.xlsx", "VNI", "XLSX_TEXT_LEGACY_ENCODING"), ("HB.03 bao cao 2024.xlsx", "NFD", "XLSX_TEXT_NFD") })
        {
            var note = Assert.Single(byFile[name].GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == code);
            Assert.Equal(("info", "B5"), (note.GetProperty("severity").GetString(), note.GetProperty("cell").GetString()));
            Assert.Contains(encoding, note.GetProperty("message").GetString());
        }
        Assert.Equal(0, byFile["HB.01-2024.xlsx"].GetProperty("errors").GetInt32());
        // Refused, each with a Vietnamese sentence naming the file (and, for the stranger, the cell its name was read at).
        Assert.Equal("refused", byFile["hong.xlsx"].GetProperty("status").GetString());
        Assert.Contains("hong.xlsx", byFile["hong.xlsx"].GetProperty("message").GetString());
        var unknown = byFile["khong-ro.xlsx"].GetProperty("message").GetString()!;
        Assert.Contains("khong-ro.xlsx", unknown);
        Assert.Contains("Đảng bộ xã Không Có", unknown);
        Assert.Contains("ô B5", unknown);

        // Stored as the units' submissions (not late: imported), readable, with last year's figures and names in Unicode.
        var status = await Json(await client.GetAsync("/api/campaigns/hb-2024/status"));
        Assert.Equal(3, status.GetProperty("counts").GetProperty("submitted").GetInt32());
        Assert.Equal(0, status.GetProperty("counts").GetProperty("late").GetInt32());
        var kySon = await Json(await client.GetAsync($"/api/campaigns/hb-2024/submissions/{byFile["ky-son.xlsx"].GetProperty("submission").GetInt64()}"));
        Assert.Equal("ky-son.xlsx", kySon.GetProperty("fileName").GetString());
        var audit = (await Json(await client.GetAsync("/api/audit?campaign=hb-2024"))).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(3, audit.Count(a => a == "submission.import"));
        Assert.Equal(2, audit.Count(a => a == "submission.refused"));
        Assert.Single(audit, a => a == "profile.import");

        // This year: the same units report; the Báo cáo at the root compares with last year's imported figures.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "hb-2025", year = 2025, units = Units() })).StatusCode);
        await IssuerAndThisYearsReports(client);
        app.Clock.Now = app.Clock.Now.AddMinutes(5);
        var draft = await client.PostAsJsonAsync("/api/campaigns/hb-2025/documents", new { kind = "bao-cao", unit = "HB" });
        Assert.True(draft.StatusCode == HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var previous = (await Json(draft)).GetProperty("source").GetProperty("previous").GetString()!;
        Assert.StartsWith("hb-2024/results/", previous);
        // The result compared with holds the imported figures: the three files' members, summed.
        var lastYear = await Json(await client.GetAsync($"/api/campaigns/{previous}"));
        Assert.Equal(s_tanLac.Members + s_kySon.Members + s_muongChieng.Members, lastYear.GetProperty("report").GetProperty("members").GetProperty("total").GetInt64());
        var doc = await client.GetAsync($"/api/campaigns/hb-2025/documents/{(await Json(draft)).GetProperty("id").GetInt64()}/content");
        var text = CampaignDocumentApiTests.Text(await doc.Content.ReadAsByteArrayAsync());
        Assert.Contains("So với năm 2024", text);
    }

    [Fact]
    public async Task Without_last_years_files_the_bao_cao_has_no_comparison()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "hb-2024", year = 2024, units = Units() })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "hb-2025", year = 2025, units = Units() })).StatusCode);
        await IssuerAndThisYearsReports(client);
        var draft = await Json(await client.PostAsJsonAsync("/api/campaigns/hb-2025/documents", new { kind = "bao-cao", unit = "HB" }));
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("source").GetProperty("previous").ValueKind);
        var doc = await client.GetAsync($"/api/campaigns/hb-2025/documents/{draft.GetProperty("id").GetInt64()}/content");
        Assert.DoesNotContain("So với năm 2024", CampaignDocumentApiTests.Text(await doc.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task An_import_needs_a_saved_profile_and_the_campaigns_admin()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "hb-2024", year = 2024, units = Units() })).StatusCode);
        var workbook = LastYearWorkbooks.Build(s_tanLac, OldFont.Unicode);
        var file = LastYearWorkbooks.Files((workbook, "HB.01.xlsx"));
        var none = await app.Client.PostAsync("/api/campaigns/hb-2024/profile-import?profile=khong-co", file);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("khong-co", (await Json(none)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.PostAsync("/api/campaigns/hb-2024/profile-import",
            LastYearWorkbooks.Files((workbook, "HB.01.xlsx")))).StatusCode);
        var reviewer = app.ClientAs("r", "reviewer", "HB", "hb-2024");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync("/api/campaigns/hb-2024/profile-import?profile=x",
            LastYearWorkbooks.Files((workbook, "HB.01.xlsx")))).StatusCode);
        Assert.Empty((await Json(await app.Client.GetAsync("/api/campaigns/hb-2024/submissions"))).EnumerateArray());
    }

    /// <summary>hb-2025's issuer, and the three units' reports of this year.</summary>
    private static async Task IssuerAndThisYearsReports(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/campaigns/hb-2025/issuer", new
        {
            issuer = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", issuerCode = "ĐUK", place = "Hòa Bình",
            signer = new { authority = "T/M", body = "BAN THƯỜNG VỤ", title = "BÍ THƯ", name = "Nguyễn Văn An" },
        })).StatusCode);
        foreach (var (code, seed) in new[] { ("HB.01", 1), ("HB.02", 2), ("HB.03", 3) })
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/campaigns/hb-2025/units/{code}/submissions",
                CampaignTestData.File(CampaignTestData.Json(ThisYear(code, seed)), $"{code}.json"))).StatusCode);
    }

    private static UnitReport ThisYear(string code, int seed) => new()
    {
        Year = 2025,
        Unit = new UnitInfo { Code = code, Name = "Đơn vị " + code, Kind = UnitKind.BaseCommittee, Parent = "HB" },
        Organizations = new OrganizationBlocks
        {
            SubordinateCells = new OrganizationBlock { Total = 10, NotRated = 0, Rated = 10, Excellent = 1, Good = 7, Complete = 2, NotComplete = 0 },
        },
        Members = new MemberBlock { Total = 100 + seed, NotRated = 0, Rated = 100 + seed, Excellent = 15, Good = 70 + seed, Complete = 14, NotComplete = 1 },
    };
}
