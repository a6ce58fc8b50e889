using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Tests.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// A province's own workbook as a campaign's form, end to end over HTTP: the admin uploads it tagged, units download
/// it, fill it and submit it, the upper level merges, and the consolidated workbook comes back in the province's layout
/// with the merge's figures (read back with ClosedXML, independently of our reader).
/// </summary>
public class CampaignFormApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static UnitReport Unit(string code, string name, int seed) => new()
    {
        Year = 2025,
        Unit = new UnitInfo { Code = code, Name = name, Kind = UnitKind.BaseCommittee, Category = seed % 2 == 0 ? "xa" : "phuong", Parent = "HB" },
        OwnRating = null,
        Organizations = new OrganizationBlocks
        {
            SubordinateCells = new OrganizationBlock { Total = 10 + seed, NotRated = 1, Rated = 9 + seed, Excellent = 1, Good = 6 + seed, Complete = 2, NotComplete = 0 },
        },
        Members = new MemberBlock
        {
            Total = 120 + seed * 7, Exempt = new ExemptCounts { Excused = 3, Suspended = seed % 2, NewlyAdmitted = 2 },
            NotRated = 1, Rated = 114 + seed * 7 - seed % 2, Excellent = 12 + seed, Good = 80 + seed * 6 - seed % 2, Complete = 21, NotComplete = 1,
        },
    };

    [Fact]
    public async Task A_province_form_is_the_contract_for_input_and_output()
    {
        using var app = new CampaignApp();
        var units = new[] { Unit("HB.01", "Đảng bộ xã Tân Lạc", 0), Unit("HB.02", "Đảng bộ phường Kỳ Sơn", 1), Unit("HB.03", "Đảng bộ xã Mường Chiềng", 2) };
        var created = await app.Client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "hb", year = 2025,
            units = new object[] { new { code = "HB", name = "Đảng bộ Khối các cơ quan tỉnh Hòa Bình", kind = "dang-bo-cap-tren-co-so" } }
                .Concat(units.Select(u => (object)new { code = u.Unit.Code, name = u.Unit.Name, kind = "dang-bo-co-so", category = u.Unit.Category, parent = "HB" })).ToArray(),
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        // No form yet: the product's own.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/campaigns/hb/form")).StatusCode);

        // A badly tagged workbook is refused with its findings; nothing is stored.
        var province = ProvinceWorkbook.Build();
        var bad = ProvinceWorkbook.Tag(province, ProvinceWorkbook.Tags.Where(t => t.Name != "OR_Unit_Code"));
        var refused = await app.Client.PutAsync("/api/campaigns/hb/form", CampaignTestData.File(bad, "bieu-tinh.xlsx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains((await Json(refused)).GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == CampaignFormCheck.RequiredMissing);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/campaigns/hb/form")).StatusCode);

        // The admin uploads the tagged province workbook.
        var tagged = ProvinceWorkbook.Tag(province, ProvinceWorkbook.Tags);
        var put = await app.Client.PutAsync("/api/campaigns/hb/form", CampaignTestData.File(tagged, "Biểu tỉnh Hòa Bình.xlsx"));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var view = await Json(put);
        Assert.Equal(ProvinceWorkbook.Tags.Count, view.GetProperty("check").GetProperty("tagged").GetArrayLength());
        Assert.Contains(view.GetProperty("check").GetProperty("missing").EnumerateArray(), m => m.GetProperty("name").GetString() == "OR_Ldr_Total");
        var check = await Json(await app.Client.GetAsync("/api/campaigns/hb/form/check"));
        Assert.Equal(view.GetProperty("sha256").GetString(), check.GetProperty("sha256").GetString());

        // Units download the form (a unit's member sees it): the province's layout, untouched but for the metadata names.
        var unitClient = app.ClientAs("can-bo-01", "clerk", "HB.01", "hb");
        var download = await unitClient.GetAsync("/api/campaigns/hb/form");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var form = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(view.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(form)));
        WorkbookOracle.LayoutKept(province, form);
        // They fill it (one with its member list) and submit it; each filled form keeps the layout too.
        units[0] = units[0] with { MemberList = [new MemberEntry { Name = "Nguyễn Văn An", BirthYear = 1975, Cell = "Chi bộ thôn 1", SelfLevel = RatingLevel.Good, DecidedLevel = RatingLevel.Good }, new MemberEntry { Name = "Trần Thị Bình", BirthYear = 1982, Cell = "Chi bộ thôn 2", DecidedLevel = RatingLevel.Excellent }] };
        foreach (var u in units)
        {
            var fill = CampaignFormWriter.WriteUnit(form, u, "366");
            Assert.True(fill.Filled, string.Join("\n", fill.Findings.Select(f => f.Message)));
            WorkbookOracle.LayoutKept(province, fill.Workbook!);
            var submit = await app.Client.PostAsync($"/api/campaigns/hb/units/{u.Unit.Code}/submissions", CampaignTestData.File(fill.Workbook!, $"{u.Unit.Code}.xlsx"));
            Assert.Equal(HttpStatusCode.Created, submit.StatusCode);
            var s = await Json(submit);
            Assert.True(s.GetProperty("readable").GetBoolean());
            // The reader read every cell (the two listed members do not add up to the unit's counts: the rules say so).
            Assert.DoesNotContain(s.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString()!.StartsWith("XLSX_", StringComparison.Ordinal));
            if (u.MemberList is null) Assert.Equal(0, s.GetProperty("errors").GetInt32());
            else Assert.Contains(s.GetProperty("findings").EnumerateArray(), f => f.GetProperty("path").GetString()!.StartsWith("memberList", StringComparison.Ordinal));
        }

        // The upper level merges: the consolidated workbook is the province's form, filled with the merge's figures.
        var merge = await app.Client.PostAsync("/api/campaigns/hb/units/HB/merge", null);
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var result = await Json(merge);
        Assert.DoesNotContain(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == OfficeReview.Service.Features.Campaigns.MergeService.FormNotFilled);
        var report = UnitReportJson.Read(result.GetProperty("report").GetRawText()).Report!;
        var id = merge.Headers.GetValues("X-Result-Id").Single();
        var xlsx = await (await app.Client.GetAsync($"/api/campaigns/hb/results/{id}/workbook")).Content.ReadAsByteArrayAsync();

        using var wb = WorkbookOracle.Open(xlsx);
        Assert.Equal([.. ProvinceWorkbook.Sheets, "Theo đơn vị", "Nguồn"], wb.Worksheets.Select(w => w.Name));
        WorkbookOracle.LayoutKept(province, xlsx);
        Assert.True(WorkbookOracle.FiguresMatch(wb, report) >= 30);
        // The figures are the units' sums, and the province's members cell says so.
        Assert.Equal(units.Sum(u => u.Members!.Total), wb.Worksheet(ProvinceWorkbook.MemberSheet).Cell("B6").GetValue<long>());
        Assert.Equal(units.Sum(u => u.Members!.Excellent), wb.Worksheet(ProvinceWorkbook.MemberSheet).Cell("H6").GetValue<long>());
        Assert.Equal(units.Select(u => u.Unit.Code).Order(), wb.Worksheet("Nguồn").Column(2).CellsUsed().Select(c => c.GetString()).Where(c => c.StartsWith("HB.", StringComparison.Ordinal)).Order());
        // Our reader reads the consolidated workbook too (it can be sent up again).
        var read = UnitWorkbookReader.Read(xlsx, "tong-hop.xlsx");
        Assert.Equal(report.Members!.Total, read.Report!.Members!.Total);
        // The campaign's results say in which layout the workbook was written.
        var listed = (await Json(await app.Client.GetAsync("/api/campaigns/hb/results"))).EnumerateArray().Single();
        Assert.Equal("campaign-form", listed.GetProperty("summary").GetProperty("workbook").GetProperty("layout").GetString());
    }

    [Fact]
    public async Task When_the_campaign_form_cannot_be_filled_the_merge_says_why_and_delivers_the_product_layout()
    {
        using var app = new CampaignApp();
        var units = new[] { Unit("HB.01", "Đảng bộ xã Tân Lạc", 0), Unit("HB.02", "Đảng bộ phường Kỳ Sơn", 1) };
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "hb", year = 2025,
            units = new object[] { new { code = "HB", name = "Đảng bộ Khối các cơ quan tỉnh Hòa Bình", kind = "dang-bo-cap-tren-co-so" } }
                .Concat(units.Select(u => (object)new { code = u.Unit.Code, name = u.Unit.Name, kind = "dang-bo-co-so", category = u.Unit.Category, parent = "HB" })).ToArray(),
        })).StatusCode);
        foreach (var u in units)
            Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync($"/api/campaigns/hb/units/{u.Unit.Code}/submissions",
                CampaignTestData.File(System.Text.Encoding.UTF8.GetBytes(UnitReportJson.Write(u)), $"{u.Unit.Code}.json"))).StatusCode);
        // A stored form the Open XML SDK cannot open (stored by an earlier version, or damaged in storage).
        var store = app.Factory.Services.GetRequiredService<OfficeReview.Service.Features.Campaigns.CampaignService>().Store;
        Assert.True(await store.SetFormAsync(new OfficeReview.Service.Features.Campaigns.CampaignForm
        {
            CampaignId = "hb", FileName = "bieu-tinh-hong.xlsx", UploadedAt = app.Clock.GetUtcNow(), CheckJson = "{\"tagged\":[],\"missing\":[],\"findings\":[]}",
        }, "PK\u0003\u0004 hỏng"u8.ToArray()));

        var merge = await app.Client.PostAsync("/api/campaigns/hb/units/HB/merge", null);

        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var result = await Json(merge);
        var said = Assert.Single(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == OfficeReview.Service.Features.Campaigns.MergeService.FormNotFilled);
        Assert.Equal("warning", said.GetProperty("severity").GetString());
        Assert.Contains("bieu-tinh-hong.xlsx", said.GetProperty("message").GetString());
        Assert.Contains("bieu-tong-hop.xlsx", said.GetProperty("message").GetString());
        var listed = (await Json(await app.Client.GetAsync("/api/campaigns/hb/results"))).EnumerateArray().Single();
        var workbook = listed.GetProperty("summary").GetProperty("workbook");
        Assert.Equal("product", workbook.GetProperty("layout").GetString());
        Assert.Contains("bieu-tinh-hong.xlsx", workbook.GetProperty("formProblem").GetString());
        // The workbook delivered is the product's own consolidated form, with the merge's figures (read with ClosedXML).
        var id = merge.Headers.GetValues("X-Result-Id").Single();
        var xlsx = await (await app.Client.GetAsync($"/api/campaigns/hb/results/{id}/workbook")).Content.ReadAsByteArrayAsync();
        using var wb = WorkbookOracle.Open(xlsx);
        Assert.Equal(OfficeReview.OpenXml.Workbooks.WorkbookSchema.ConsolidatedFormId, WorkbookOracle.Named(wb, "OR_Form_Id").GetString());
        Assert.True(WorkbookOracle.FiguresMatch(wb, UnitReportJson.Read(result.GetProperty("report").GetRawText()).Report!) > 60);
    }

    /// <summary>A profile for the province workbook's layout (by labels) and two filled, untagged copies of it.</summary>
    internal static MultipartFormDataContent ProfileRequest(bool withUnfindable = false)
    {
        var profile = new
        {
            name = "Biểu tỉnh Hòa Bình (chưa gắn tên)",
            entries = new object[]
            {
                new { figure = "OR_Year", value = "2024" },
                new { figure = "OR_Unit_Kind", value = "Đảng bộ cơ sở" },
                new { figure = "OR_Unit_Code", sheet = ProvinceWorkbook.InfoSheet, cell = "B5" },
                new { figure = "OR_Unit_Name", rowLabel = "Tên tổ chức đảng:" },
                new { figure = "OR_Mem_Total", rowLabel = "Đảng viên", columnLabel = "Tổng số đảng viên" },
                new { figure = "OR_Mem_Excellent", rowLabel = "Đảng viên", columnLabel = "HTXSNV" },
            }.Concat(withUnfindable ? [new { figure = "OR_Ldr_Total", rowLabel = "Cán bộ lãnh đạo", columnLabel = "Tổng số" }] : []).ToArray(),
        };
        return CampaignTestData.Parts([(JsonSerializer.SerializeToUtf8Bytes(profile), "profile.json", "application/json"),
            .. s_lastYearCopies.Value.Select(f => (f.Content, f.Name, "application/octet-stream"))]);
    }

    /// <summary>Untagged copies filled in: the tagged form filled, its names then removed (a file of last year carries none). Built once.</summary>
    private static readonly Lazy<(byte[] Content, string Name)[]> s_lastYearCopies = new(() =>
    {
        var form = CampaignFormCheck.Check(ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), ProvinceWorkbook.Tags), "f.xlsx").Form!;
        return [.. new[] { ("HB.01", 120L), ("HB.02", 131L) }.Select(unit =>
        {
            var (code, total) = unit;
            var filled = CampaignFormWriter.WriteUnit(form, Unit(code, "Đảng bộ xã " + code, (int)(total % 7)) with { Members = new MemberBlock { Total = total, Excellent = 10 } }, "366").Workbook!;
            return (Untag(filled), $"{code}-2024.xlsx");
        })];
    });

    private static byte[] Untag(byte[] xlsx)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        ms.Position = 0;
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(ms, true))
        {
            doc.WorkbookPart!.Workbook.DefinedNames?.Remove();
            doc.WorkbookPart.Workbook.Save();
        }
        return ms.ToArray();
    }

    [Fact]
    public async Task A_profile_is_checked_against_sample_files_and_reads_last_years_figures()
    {
        using var app = new CampaignApp();
        var ok = await Json(await app.Client.PostAsync("/api/profiles/check", ProfileRequest()));
        Assert.True(ok.GetProperty("complete").GetBoolean());
        var files = ok.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(120, files[0].GetProperty("report").GetProperty("members").GetProperty("total").GetInt64());
        Assert.Equal(2024, files[1].GetProperty("report").GetProperty("year").GetInt32());
        Assert.Equal("HB.02", files[1].GetProperty("report").GetProperty("unit").GetProperty("code").GetString());

        var partial = await Json(await app.Client.PostAsync("/api/profiles/check", ProfileRequest(withUnfindable: true)));
        Assert.False(partial.GetProperty("complete").GetBoolean());
        Assert.All(partial.GetProperty("files").EnumerateArray(), f => Assert.Equal("OR_Ldr_Total", Assert.Single(f.GetProperty("notFound").EnumerateArray()).GetString()));

        // Last year's figures read this way are a unit report: submitted to last year's campaign, they feed the comparison.
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "hb-2024", year = 2024,
            units = new object[] { new { code = "HB", name = "Đảng bộ Khối các cơ quan tỉnh Hòa Bình", kind = "dang-bo-cap-tren-co-so" }, new { code = "HB.01", name = "Đảng bộ xã HB.01", kind = "dang-bo-co-so", parent = "HB" } },
        })).StatusCode);
        var report = System.Text.Encoding.UTF8.GetBytes(files[0].GetProperty("report").GetRawText());
        var submit = await app.Client.PostAsync("/api/campaigns/hb-2024/units/HB.01/submissions", CampaignTestData.File(report, "HB.01-2024.json"));
        Assert.Equal(HttpStatusCode.Created, submit.StatusCode);
        Assert.True((await Json(submit)).GetProperty("readable").GetBoolean());
    }

    /// <summary>The untagged province workbook with a mapping.json (what the browser's mapping grid sends).</summary>
    internal static MultipartFormDataContent MappingRequest(IEnumerable<(string Name, string Sheet, string Cell)> tags)
    {
        var form = new MultipartFormDataContent();
        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(tags.ToDictionary(t => t.Name, t => $"'{t.Sheet}'!{t.Cell}")));
        json.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        form.Add(json, "files", "mapping.json");
        var xlsx = new ByteArrayContent(ProvinceWorkbook.Build());
        xlsx.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(xlsx, "files", "bieu-tinh.xlsx");
        return form;
    }

    [Fact]
    public async Task In_browser_mode_the_grid_suggests_cells_and_its_mapping_tags_the_form()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "g", year = 2025 })).StatusCode);
        var untagged = new MultipartFormDataContent();
        var x = new ByteArrayContent(ProvinceWorkbook.Build());
        x.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        untagged.Add(x, "files", "bieu-tinh.xlsx");
        var suggested = await Json(await app.Client.PostAsync("/api/form-suggestions", untagged));
        var members = suggested.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "OR_Mem_Total");
        Assert.Equal((ProvinceWorkbook.MemberSheet, "B6"), (members.GetProperty("sheet").GetString(), members.GetProperty("cell").GetString()));

        var put = await app.Client.PutAsync("/api/campaigns/g/form", MappingRequest(ProvinceWorkbook.Tags));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(ProvinceWorkbook.Tags.Count, (await Json(put)).GetProperty("check").GetProperty("tagged").GetArrayLength());
        var stored = await (await app.Client.GetAsync("/api/campaigns/g/form")).Content.ReadAsByteArrayAsync();
        Assert.Equal(ProvinceWorkbook.Tags.Count, CampaignFormCheck.Check(stored, "f.xlsx").Tagged.Count);

        var wrong = await app.Client.PutAsync("/api/campaigns/g/form", MappingRequest([("OR_Mem_Total", "Không có trang này", "B6")]));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_sets_the_form_and_members_of_other_campaigns_cannot_read_it()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "a", year = 2025 })).StatusCode);
        var tagged = ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), ProvinceWorkbook.Tags);
        var member = app.ClientAs("u", "clerk", "X", "a");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsync("/api/campaigns/a/form", CampaignTestData.File(tagged, "f.xlsx"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PutAsync("/api/campaigns/a/form", CampaignTestData.File(tagged, "f.xlsx"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PutAsync("/api/campaigns/a/form", CampaignTestData.File(tagged, "f.xlsx"))).StatusCode);
        var other = app.ClientAs("v", "clerk", "X", "b");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/campaigns/a/form")).StatusCode);
        var contract = await Json(await member.GetAsync("/api/form-contract"));
        Assert.Equal(FormContract.Figures.Count, contract.GetProperty("figures").GetArrayLength());
    }
}
