using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// The independent oracle on our own layout: every workbook the writers make is opened with ClosedXML (another
/// reader than ours) and each figure is compared, through the workbook's defined names, with what was written.
/// </summary>
public class OracleTests
{
    [Fact]
    public void The_unit_form_carries_every_figure_and_member_row_written()
    {
        var report = SampleReports.Full();
        using var wb = WorkbookOracle.Open(UnitWorkbookWriter.Write(report));
        Assert.True(WorkbookOracle.FiguresMatch(wb, report) > 60);
        Assert.True(WorkbookOracle.CategoryRowsMatch(wb, report) > 0);
        WorkbookOracle.MemberListMatches(wb, report.MemberList!);
    }

    [Fact]
    public void The_consolidated_workbook_in_our_layout_carries_the_parent_the_children_and_the_sources()
    {
        var units = CampaignFormTests.Units();
        var parent = SampleReports.Full() with { MemberList = null };
        var children = units.Select((u, i) => new ConsolidatedSource(u, u.Unit.Code, $"{u.Unit.Code}.xlsx", new string((char)('0' + i), 64), new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)))).ToList();
        using var ms = new MemoryStream();
        ConsolidatedWorkbookWriter.Write(parent, children, ms);
        using var wb = WorkbookOracle.Open(ms.ToArray());
        Assert.True(WorkbookOracle.FiguresMatch(wb, parent) > 60);
        WorkbookOracle.ChildrenMatch(wb, children);
        // Our layout names the rows too: OR_Sub_Mem starts at the first child, OR_Sub_Mem_Sum is the "Cộng" cell.
        Assert.Equal(children[0].UnitCode, WorkbookOracle.Named(wb, "OR_Sub_Mem").CellRight().GetString());
        Assert.Equal(children.Sum(c => c.Report.Members!.Total), Convert.ToInt64(WorkbookOracle.Named(wb, "OR_Sub_Mem_Sum").CachedValue, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_blank_templates_carry_every_name_with_nothing_typed()
    {
        foreach (var (bytes, formId) in new[] { (WorkbookTemplates.Unit(), WorkbookSchema.UnitFormId), (WorkbookTemplates.Consolidated(), WorkbookSchema.ConsolidatedFormId) })
        {
            using var wb = WorkbookOracle.Open(bytes);
            Assert.Equal(formId, WorkbookOracle.Named(wb, WorkbookSchema.FormId).GetString());
            Assert.Equal(WorkbookSchema.TemplateVersion, WorkbookOracle.Named(wb, WorkbookSchema.Version).GetString());
            foreach (var figure in FormContract.Figures.Where(f => f.Kind is FormFigureKind.Count or FormFigureKind.Number))
            {
                var cell = WorkbookOracle.Named(wb, figure.Name);
                Assert.True(WorkbookOracle.ValueOf(cell) is null, $"{figure.Name} ({cell.Address}) is not empty in a blank template");
            }
            // The member table: the contract's headers, one empty row.
            var header = WorkbookOracle.MemberListMatches(wb, []);
            Assert.Equal(WorkbookSchema.MemberColumns.Select(c => c.Header), header.Cells().Select(c => c.GetString()));
        }
    }

    [Fact]
    public void The_sample_province_files_carry_the_reports_they_were_made_from()
    {
        var dir = Directory.CreateTempSubdirectory("or-sample-");
        try
        {
            var province = OfficeReview.Domain.Synthetic.SyntheticProvince.Generate(new OfficeReview.Domain.Synthetic.SyntheticOptions { Units = 12, Members = 300, Seed = 7 });
            var manifest = SampleWorkbooks.Write(province, dir.FullName);
            var checkedFiles = 0;
            foreach (var unit in province.Units)
            {
                var file = manifest.Files.Single(f => f.Unit == unit.Unit.Code);
                using var wb = WorkbookOracle.Open(File.ReadAllBytes(Path.Combine(dir.FullName, file.File)));
                Assert.True(WorkbookOracle.FiguresMatch(wb, unit) > 60);
                if (unit.MemberList is { Count: > 0 } members) WorkbookOracle.MemberListMatches(wb, members);
                checkedFiles++;
            }
            Assert.Equal(province.Units.Count, checkedFiles);
        }
        finally { dir.Delete(recursive: true); }
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

        using var wb = WorkbookOracle.Open(bytes);
        var ws = wb.Worksheet("Nhật ký");
        Assert.Equal("Nhật ký kiểm toán — đợt 2025", ws.Cell(1, 1).GetString());
        WorkbookOracle.RowsMatch(ws, 3, [headers, .. rows]);
    }
}
