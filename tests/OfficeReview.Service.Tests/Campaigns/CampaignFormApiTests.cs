using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
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
        var bad = ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), ProvinceWorkbook.Tags.Where(t => t.Name != "OR_Unit_Code"));
        var refused = await app.Client.PutAsync("/api/campaigns/hb/form", CampaignTestData.File(bad, "bieu-tinh.xlsx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains((await Json(refused)).GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == CampaignFormCheck.RequiredMissing);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/campaigns/hb/form")).StatusCode);

        // The admin uploads the tagged province workbook.
        var tagged = ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), ProvinceWorkbook.Tags);
        var put = await app.Client.PutAsync("/api/campaigns/hb/form", CampaignTestData.File(tagged, "Biểu tỉnh Hòa Bình.xlsx"));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var view = await Json(put);
        Assert.Equal(ProvinceWorkbook.Tags.Count, view.GetProperty("check").GetProperty("tagged").GetArrayLength());
        Assert.Contains(view.GetProperty("check").GetProperty("missing").EnumerateArray(), m => m.GetProperty("name").GetString() == "OR_Ldr_Total");
        var check = await Json(await app.Client.GetAsync("/api/campaigns/hb/form/check"));
        Assert.Equal(view.GetProperty("sha256").GetString(), check.GetProperty("sha256").GetString());

        // Units download the form (a unit's member sees it), fill it, submit it.
        var unitClient = app.ClientAs("can-bo-01", "clerk", "HB.01", "hb");
        var download = await unitClient.GetAsync("/api/campaigns/hb/form");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var form = await download.Content.ReadAsByteArrayAsync();
        foreach (var u in units)
        {
            var filled = CampaignFormWriter.WriteUnit(form, u, "366");
            var submit = await app.Client.PostAsync($"/api/campaigns/hb/units/{u.Unit.Code}/submissions", CampaignTestData.File(filled, $"{u.Unit.Code}.xlsx"));
            Assert.Equal(HttpStatusCode.Created, submit.StatusCode);
            var s = await Json(submit);
            Assert.True(s.GetProperty("readable").GetBoolean());
            Assert.Equal(0, s.GetProperty("errors").GetInt32());
        }

        // The upper level merges: the consolidated workbook is the province's form, filled with the merge's figures.
        var merge = await app.Client.PostAsync("/api/campaigns/hb/units/HB/merge", null);
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var result = await Json(merge);
        var report = UnitReportJson.Read(result.GetProperty("report").GetRawText()).Report!;
        var id = merge.Headers.GetValues("X-Result-Id").Single();
        var xlsx = await (await app.Client.GetAsync($"/api/campaigns/hb/results/{id}/workbook")).Content.ReadAsByteArrayAsync();

        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal([ProvinceWorkbook.InfoSheet, ProvinceWorkbook.OrgSheet, ProvinceWorkbook.MemberSheet, "Theo đơn vị", "Nguồn"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal(ProvinceWorkbook.Merges[ProvinceWorkbook.MemberSheet].Order(), wb.Worksheet(ProvinceWorkbook.MemberSheet).MergedRanges.Select(r => r.RangeAddress.ToString()!).Order());
        Assert.Equal("FFDDEBF7", wb.Worksheet(ProvinceWorkbook.MemberSheet).Cell("B4").Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8"));
        Assert.True(wb.Worksheet(ProvinceWorkbook.MemberSheet).Cell("L6").HasFormula);
        var values = FormValues.For(report, "366");
        foreach (var (name, sheet, cell) in ProvinceWorkbook.Tags.Where(t => values.ContainsKey(t.Name)))
        {
            var c = wb.Worksheet(sheet).Cell(cell);
            var value = c.HasFormula ? c.CachedValue : c.Value;
            var expected = values[name];
            if (expected.Number is { } n) Assert.True(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) == n, $"{name}: {value} ≠ {n}");
            else Assert.True((expected.Text ?? "") == (value?.ToString() ?? ""), $"{name}: \"{value}\" ≠ \"{expected.Text}\"");
        }
        // The figures are the units' sums, and the province's members cell says so.
        Assert.Equal(units.Sum(u => u.Members!.Total), wb.Worksheet(ProvinceWorkbook.MemberSheet).Cell("B6").GetValue<long>());
        Assert.Equal(units.Sum(u => u.Members!.Excellent), wb.Worksheet(ProvinceWorkbook.MemberSheet).Cell("H6").GetValue<long>());
        Assert.Equal(units.Select(u => u.Unit.Code).Order(), wb.Worksheet("Nguồn").Column(2).CellsUsed().Select(c => c.GetString()).Where(c => c.StartsWith("HB.", StringComparison.Ordinal)).Order());
        // Our reader reads the consolidated workbook too (it can be sent up again).
        var read = UnitWorkbookReader.Read(xlsx, "tong-hop.xlsx");
        Assert.Equal(report.Members!.Total, read.Report!.Members!.Total);
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
