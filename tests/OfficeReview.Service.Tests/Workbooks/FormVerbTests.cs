using System.Text.Json;
using ClosedXML.Excel;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Profiles;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.Service.Tests.Workbooks;

/// <summary>
/// The <c>form</c> verb: the province-layout sample (untagged, in a layout not ours), tagging it from a mapping, a unit
/// filling it through its names, and inspecting a workbook with ClosedXML. Outputs are read back with ClosedXML and our
/// reader; bad inputs exit 2 and write nothing.
/// </summary>
public class FormVerbTests(FormVerbSample fx) : IClassFixture<FormVerbSample>
{
    private const string UnitJson = """
    {
      "schema": "officereview.unit-report/1",
      "year": 2025,
      "unit": { "code": "LS.02", "name": "Đảng bộ phường Tam Thanh", "kind": "dang-bo-co-so", "category": "phuong", "parent": "LS" },
      "ownRating": { "level": "good" },
      "organizations": {
        "partialCommittees": { "total": 3, "notRated": 0, "rated": 3, "excellent": 0, "good": 2, "complete": 1, "notComplete": 0 },
        "subordinateCells": { "total": 11, "notRated": 1, "rated": 10, "excellent": 1, "good": 7, "complete": 2, "notComplete": 0 }
      },
      "members": { "total": 127, "exempt": { "excused": 4, "suspended": 1, "newlyAdmitted": 2 }, "notRated": 1, "rated": 119,
        "excellent": 13, "good": 84, "complete": 21, "notComplete": 1 }
    }
    """;

    [Fact]
    public void The_province_sample_is_untagged_in_its_own_layout_and_its_mapping_makes_an_accepted_form()
    {
        var (sample, mappingPath, tagged) = (fx.Sample, fx.Mapping, fx.Tagged);
        var mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(mappingPath))!;
        Assert.Equal(ProvinceLayoutSample.Mapping.Count, mapping.Count);

        // Untagged: no OR_* name at all, so it is no form yet.
        var untagged = CampaignFormCheck.Check(File.ReadAllBytes(sample), "bieu-tinh.xlsx");
        Assert.False(untagged.Accepted);
        Assert.Empty(untagged.Tagged);
        Assert.Contains(untagged.Findings, f => f.Code == CampaignFormCheck.RequiredMissing);

        // Tagged from the mapping: accepted, every figure at its cell; the province's formula in "Được đánh giá" warned.
        var check = CampaignFormCheck.Check(File.ReadAllBytes(tagged), "bieu-tinh-gan-ten.xlsx");
        Assert.True(check.Accepted, string.Join("\n", check.Findings.Select(f => f.Message)));
        Assert.Equal(mapping.Keys.Order(), check.Tagged.Select(t => t.Name).Order());
        foreach (var t in check.Tagged) Assert.Equal(mapping[t.Name], $"'{t.Sheet}'!{t.Cell}");
        var formula = Assert.Single(check.Findings, f => f.Code == CampaignFormCheck.FormulaInInput);
        Assert.Equal((ProvinceLayoutSample.MemberSheet, "G5"), (formula.Sheet, formula.Cell));

        // The layout, as ClosedXML reads it: other sheet names, merged headers, the =SUM totals row, styles.
        using var wb = new XLWorkbook(sample);
        Assert.Equal([ProvinceLayoutSample.NotesSheet, ProvinceLayoutSample.CoverSheet, ProvinceLayoutSample.OrgSheet, ProvinceLayoutSample.MemberSheet], wb.Worksheets.Select(w => w.Name));
        foreach (var (sheet, merges) in ProvinceLayoutSample.Merges)
            Assert.Equal(merges.Order(), wb.Worksheet(sheet).MergedRanges.Select(r => r.RangeAddress.ToString()!).Order());
        var org = wb.Worksheet(ProvinceLayoutSample.OrgSheet);
        Assert.Equal("SUM(C7:C9)", org.Cell("C10").FormulaA1);
        Assert.True(org.Cell("C4").Style.Font.Bold);
        Assert.Equal("FFE2EFDA", org.Cell("C4").Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8"));
        Assert.Equal(3, org.Cell("C7").Style.NumberFormat.NumberFormatId);
        Assert.Equal("0.00", org.Cell("J7").Style.NumberFormat.Format);
        Assert.Empty(wb.NamedRanges);
    }

    [Fact]
    public void The_labels_of_the_sample_suggest_only_right_cells_and_leave_the_province_worded_ones_to_the_admin()
    {
        var suggestions = FormSuggestions.Suggest(ProvinceLayoutSample.Build()).ToDictionary(s => s.Name);
        var wrong = suggestions.Values.Where(s => ProvinceLayoutSample.Mapping.TryGetValue(s.Name, out var cell) && cell != $"'{s.Sheet}'!{s.Cell}").ToList();
        Assert.Empty(wrong);
        Assert.True(suggestions.Count(s => ProvinceLayoutSample.Mapping.ContainsKey(s.Key)) >= ProvinceLayoutSample.Mapping.Count - 3);
        Assert.DoesNotContain("OR_Unit_Parent", suggestions.Keys);       // "Trực thuộc (mã):"
        Assert.DoesNotContain("OR_Mem_Exempt_Excused", suggestions.Keys); // "Nghỉ ốm, công tác"
    }

    [Fact]
    public async Task Fill_writes_a_unit_report_through_the_names_keeping_the_province_formulas()
    {
        using var temp = new TempFolder();
        var tagged = fx.Tagged;
        var report = temp.File("LS.02.json", UnitJson);
        var filled = Path.Combine(temp.Path, "LS.02.xlsx");
        var (exit, output, err) = await CliRunner.Run("form", "fill", tagged, report, "-o", filled);
        Assert.True(exit == 0, err);
        Assert.Contains("LS.02", output);

        // Our reader reads the unit's figures back through the names.
        var read = UnitWorkbookReader.Read(File.ReadAllBytes(filled), "LS.02.xlsx");
        Assert.True(read.IsReadable, string.Join("\n", read.Findings.Select(f => f.Message)));
        Assert.Equal(127L, read.Report!.Members!.Total);
        Assert.Equal(119L, read.Report.Members.Rated);
        Assert.Equal(11L, read.Report.Organizations!.SubordinateCells!.Total);
        Assert.Equal(Domain.Model.RatingLevel.Good, read.Report.OwnRating?.Level);

        // ClosedXML: the figures in the province's cells, its formulas kept and computing over them.
        using var wb = new XLWorkbook(filled);
        var members = wb.Worksheet(ProvinceLayoutSample.MemberSheet);
        Assert.Equal(127d, members.Cell("B5").GetDouble());
        Assert.Equal("B5-C5-D5-E5-F5", members.Cell("G5").FormulaA1);
        Assert.Equal(119d, Convert.ToDouble(members.Cell("G5").Value, System.Globalization.CultureInfo.InvariantCulture));
        var org = wb.Worksheet(ProvinceLayoutSample.OrgSheet);
        Assert.Equal("SUM(C7:C9)", org.Cell("C10").FormulaA1);
        Assert.Equal(14d, Convert.ToDouble(org.Cell("C10").Value, System.Globalization.CultureInfo.InvariantCulture)); // 0 + 3 + 11
        Assert.Equal("LS.02", wb.Worksheet(ProvinceLayoutSample.CoverSheet).Cell("B5").GetString());
    }

    [Fact]
    public async Task Inspect_lists_sheets_cells_styles_formulas_and_names_as_ClosedXML_reads_them()
    {
        using var temp = new TempFolder();
        var tagged = fx.Tagged;
        var json = Path.Combine(temp.Path, "xem.json");
        var (exit, _, err) = await CliRunner.Run("form", "inspect", tagged, "-o", json);
        Assert.True(exit == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var sheets = doc.RootElement.GetProperty("sheets").EnumerateArray().ToList();
        Assert.Equal(ProvinceLayoutSample.OrgSheet, sheets[2].GetProperty("name").GetString());
        Assert.Contains(sheets[2].GetProperty("merged").EnumerateArray(), m => m.GetString() == "F4:I4");
        var cells = sheets[2].GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("address").GetString()!);
        Assert.Equal("SUM(C7:C9)", cells["C10"].GetProperty("formula").GetString());
        Assert.True(cells["C10"].GetProperty("bold").GetBoolean());
        Assert.Equal("FFD9D9D9", cells["C10"].GetProperty("fill").GetString());
        Assert.Equal("Tổng số", cells["C4"].GetProperty("value").GetString());
        Assert.Contains(doc.RootElement.GetProperty("names").EnumerateArray(),
            n => n.GetProperty("name").GetString() == "OR_Mem_Total" && n.GetProperty("refersTo").GetString()!.Contains("$B$5"));
        Assert.Equal(1, sheets[1].GetProperty("validations").GetInt32());
    }

    [Fact]
    public async Task Bad_inputs_exit_two_and_write_nothing()
    {
        using var temp = new TempFolder();
        var (sample, tagged) = (fx.Sample, fx.Tagged);
        var output = Path.Combine(temp.Path, "ra.xlsx");

        // Filling a workbook that carries no names: refused, naming the required names.
        var (e1, _, err1) = await CliRunner.Run("form", "fill", sample, temp.File("r.json", UnitJson), "-o", output);
        Assert.Equal(2, e1);
        Assert.Contains("chưa gắn tên OR_", err1);
        // A mapping to a sheet the workbook does not have, or a name outside the contract.
        var (e2, _, err2) = await CliRunner.Run("form", "tag", sample, temp.File("m.json", """{ "OR_Mem_Total": "'Không có'!B5", "OR_Khong_Co": "'Bìa'!B4" }"""), "-o", output);
        Assert.Equal(2, e2);
        Assert.Contains("OR_Mem_Total", err2);
        Assert.Contains("OR_Khong_Co", err2);
        // A report that is not one; a text file given as a workbook.
        var (e3, _, err3) = await CliRunner.Run("form", "fill", tagged, temp.File("hong.json", "{\"year\":"), "-o", output);
        Assert.Equal(2, e3);
        Assert.Contains("hong.json", err3);
        var (e4, _, err4) = await CliRunner.Run("form", "inspect", temp.File("khong-phai.xlsx", "không phải bảng tính"), "-o", output);
        Assert.Equal(2, e4);
        Assert.Contains("khong-phai.xlsx", err4);
        Assert.False(File.Exists(output));
    }
}

/// <summary>The sample and its true mapping, written by the verb; then tagged by the verb — once for the class (the tests only read them).</summary>
public sealed class FormVerbSample : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public string Sample { get; private set; } = "";
    public string Mapping { get; private set; } = "";
    public string Tagged { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Sample = Path.Combine(_temp.Path, "bieu-tinh.xlsx");
        Mapping = Path.Combine(_temp.Path, "anh-xa.json");
        var (exit, _, err) = await CliRunner.Run("form", "province-sample", "-o", Sample, "--mapping", Mapping);
        Assert.True(exit == 0, err);
        Tagged = Path.Combine(_temp.Path, "bieu-tinh-gan-ten.xlsx");
        var (tagExit, _, tagErr) = await CliRunner.Run("form", "tag", Sample, Mapping, "-o", Tagged);
        Assert.True(tagExit == 0, tagErr);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}
