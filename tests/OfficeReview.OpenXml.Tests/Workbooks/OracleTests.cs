using ClosedXML.Excel;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// The independent oracle on our own layout: every workbook the writers make is opened with ClosedXML (another
/// reader than ours) and each figure is compared, through the workbook's defined names, with what was written.
/// </summary>
public class OracleTests
{
    /// <summary>Every figure of <paramref name="report"/> at the cell its name points at, as ClosedXML reads it.</summary>
    private static void NamedFiguresMatch(XLWorkbook wb, UnitReport report)
    {
        var checkedFigures = 0;
        foreach (var (name, expected) in FormValues.For(report, "366"))
        {
            if (expected.Computed || name == WorkbookSchema.Ruleset) continue; // formulas (their cached values are the writer's), the ruleset id
            var cell = Named(wb, name);
            var value = cell.HasFormula ? cell.CachedValue : cell.Value;
            if (expected.Number is { } n) Assert.True(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) == n, $"{name} ({cell.Address}): {value} ≠ {n}");
            else if (expected.Text is { } t) Assert.True(t == value?.ToString(), $"{name} ({cell.Address}): \"{value}\" ≠ \"{t}\"");
            else Assert.True(value is null || value.ToString() == "", $"{name} ({cell.Address}): \"{value}\" where nothing was written");
            checkedFigures++;
        }
        Assert.True(checkedFigures > 60, $"only {checkedFigures} figures compared");
    }

    /// <summary>
    /// The cell a defined name points at. The name's text is read from ClosedXML and resolved here: ClosedXML 0.95.4
    /// splits references at commas, and our sheet "Lãnh đạo, quản lý" has one.
    /// </summary>
    private static IXLCell Named(XLWorkbook wb, string name)
    {
        var named = wb.NamedRanges.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
        Assert.True(named is not null, $"{name}: no such name in the workbook");
        var text = named!.RefersTo.TrimStart('=');
        var bang = text.LastIndexOf('!');
        var sheet = text[..bang].Trim('\'').Replace("''", "'");
        var address = text[(bang + 1)..].Replace("$", "").Split(':')[0];
        return wb.Worksheet(sheet).Cell(address);
    }

    [Fact]
    public void The_unit_form_carries_every_figure_and_member_row_written()
    {
        var report = SampleReports.Full();
        using var wb = new XLWorkbook(new MemoryStream(UnitWorkbookWriter.Write(report)));
        NamedFiguresMatch(wb, report);
        var table = wb.Worksheets.SelectMany(w => w.Tables).Single(t => t.Name == WorkbookSchema.MemberTable);
        var names = table.DataRange.Rows().Select(r => r.Field("Họ và tên").GetString()).Where(s => s.Length > 0).ToList();
        Assert.Equal(report.MemberList!.Select(m => m.Name), names);
        Assert.Equal(report.MemberList!.Select(m => m.BirthYear?.ToString() ?? ""), table.DataRange.Rows().Take(names.Count).Select(r => r.Field("Năm sinh").GetString()));
    }

    [Fact]
    public void The_consolidated_workbook_in_our_layout_carries_the_parent_the_children_and_the_sources()
    {
        var units = CampaignFormTests.Units();
        var parent = SampleReports.Full() with { MemberList = null };
        var children = units.Select((u, i) => new ConsolidatedSource(u, u.Unit.Code, $"{u.Unit.Code}.xlsx", new string((char)('0' + i), 64), new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)))).ToList();
        using var ms = new MemoryStream();
        ConsolidatedWorkbookWriter.Write(parent, children, ms);
        using var wb = new XLWorkbook(new MemoryStream(ms.ToArray()));
        NamedFiguresMatch(wb, parent);

        // "Theo đơn vị": each child's members on its row, the "Cộng" row's cached sum.
        var first = Named(wb, "OR_Sub_Mem");
        var sheet = first.Worksheet;
        for (var i = 0; i < children.Count; i++)
        {
            var row = first.Address.RowNumber + i;
            Assert.Equal(children[i].UnitCode, sheet.Cell(row, 2).GetString());
            Assert.Equal(children[i].Report.Members!.Total, sheet.Cell(row, 4).GetValue<long>());
        }
        var sum = Named(wb, "OR_Sub_Mem_Sum");
        Assert.Equal(children.Sum(c => c.Report.Members!.Total), Convert.ToInt64(sum.CachedValue, System.Globalization.CultureInfo.InvariantCulture));
        // "Nguồn": one row per file with its SHA-256.
        var sources = wb.Worksheets.SelectMany(w => w.Tables).Single(t => t.Name == WorkbookSchema.SourcesTable);
        Assert.Equal(children.Select(c => c.Sha256), sources.DataRange.Rows().Select(r => r.Field("SHA-256").GetString()));
    }
}

/// <summary>The plain exports (the audit log export) read back with ClosedXML.</summary>
public class ExportOracleTests
{
    [Fact]
    public void A_table_export_reads_back_cell_for_cell()
    {
        string[] headers = ["Thời điểm", "Người dùng", "Hành động", "Chi tiết"];
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "2026-01-05 08:00:00", "Nguyễn Văn An", "submission.create", "tệp \"xã A.xlsx\"; sha256 ab…" },
            new[] { "2026-01-05 09:30:00", "Trần Thị Bình", "merge", null },
            new[] { "2026-01-06 10:00:00", "=cmd|' /C calc'!A0", "campaign.update", "ký tự <&> và \"ngoặc\"" },
        };
        var bytes = OfficeReview.OpenXml.Workbooks.Templates.TableWorkbook.Write("Nhật ký", "Nhật ký kiểm toán — đợt 2025", headers, rows);

        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var ws = wb.Worksheet("Nhật ký");
        Assert.Equal("Nhật ký kiểm toán — đợt 2025", ws.Cell(1, 1).GetString());
        for (var c = 0; c < headers.Length; c++) Assert.Equal(headers[c], ws.Cell(3, c + 1).GetString());
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < headers.Length; c++)
            {
                var cell = ws.Cell(4 + r, c + 1);
                Assert.False(cell.HasFormula, $"{cell.Address} became a formula");
                Assert.Equal(rows[r][c] ?? "", cell.GetString());
            }
    }
}
