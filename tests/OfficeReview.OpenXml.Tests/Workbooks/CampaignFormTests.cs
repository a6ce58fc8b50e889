using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// A province's own workbook as the campaign's form: tagged, checked, filled by units, read back, consolidated into
/// the same layout. Every written workbook is read back with ClosedXML (an independent reader) and compared.
/// </summary>
public class CampaignFormTests
{
    private static byte[] TaggedForm() => ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), ProvinceWorkbook.Tags);

    internal static UnitReport Unit(string code, string name, int seed) => new()
    {
        Year = 2025,
        Unit = new UnitInfo { Code = code, Name = name, Kind = UnitKind.BaseCommittee, Category = seed % 2 == 0 ? "xa" : "phuong", Parent = "T.HB" },
        Organizations = new OrganizationBlocks
        {
            BaseOrganizations = new OrganizationBlock
            {
                Total = 1, NotRated = 0, Rated = 1, Excellent = seed % 2, Good = 1 - seed % 2, Complete = 0, NotComplete = 0,
                ByCategory = [new CategoryRow { Category = seed % 2 == 0 ? "xa" : "phuong", Total = 1, NotRated = 0, Rated = 1, Excellent = seed % 2, Good = 1 - seed % 2, Complete = 0, NotComplete = 0 }],
            },
            SubordinateCells = new OrganizationBlock { Total = 10 + seed, NotRated = 1, Rated = 9 + seed, Excellent = 1, Good = 6 + seed, Complete = 2, NotComplete = 0 },
        },
        Members = new MemberBlock
        {
            Total = 120 + seed * 7, Exempt = new ExemptCounts { Excused = 3, Suspended = seed % 2, NewlyAdmitted = 2 },
            NotRated = 1, Rated = 114 + seed * 7 - seed % 2, Excellent = 12 + seed, Good = 80 + seed * 6 - seed % 2, Complete = 21, NotComplete = 1,
        },
    };

    internal static UnitReport[] Units() =>
    [
        Unit("T.HB.01", "Đảng bộ xã Tân Lạc", 0) with { MemberList = Members(3, "Tân Lạc") },
        Unit("T.HB.02", "Đảng bộ phường Kỳ Sơn", 1),
        Unit("T.HB.03", "Đảng bộ xã Mường Chiềng", 2) with { MemberList = Members(6, "Mường Chiềng") },
    ];

    /// <summary>Members with the fields the province's list has columns for (name, birth year, chi bộ, position, three levels).</summary>
    internal static List<MemberEntry> Members(int count, string place) => Enumerable.Range(0, count).Select(i => new MemberEntry
    {
        Name = new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Đinh Thị Giang", "Bùi Văn Hải", "Vũ Thị Khánh" }[i % 8] + (i >= 8 ? $" {i}" : ""),
        BirthYear = 1970 + i * 3,
        Cell = $"Chi bộ thôn {i % 2 + 1} {place}",
        Position = i == 0 ? "Bí thư chi bộ" : null,
        SelfLevel = i % 3 == 0 ? RatingLevel.Excellent : RatingLevel.Good,
        ProposedLevel = RatingLevel.Good,
        DecidedLevel = i == 1 ? RatingLevel.Complete : RatingLevel.Good,
    }).ToList();

    /// <summary>The upper level's figures: the blocks summed (as the merge does for these blocks).</summary>
    private static UnitReport Parent(IReadOnlyList<UnitReport> units)
    {
        static long? S(IEnumerable<long?> v) => v.Sum(x => x ?? 0);
        OrganizationBlock Sum(Func<UnitReport, OrganizationBlock?> pick, bool byCategory)
        {
            var blocks = units.Select(pick).OfType<OrganizationBlock>().ToList();
            return new OrganizationBlock
            {
                Total = S(blocks.Select(b => b.Total)), NotRated = S(blocks.Select(b => b.NotRated)), Rated = S(blocks.Select(b => b.Rated)),
                Excellent = S(blocks.Select(b => b.Excellent)), Good = S(blocks.Select(b => b.Good)), Complete = S(blocks.Select(b => b.Complete)), NotComplete = S(blocks.Select(b => b.NotComplete)),
                ByCategory = !byCategory ? null : blocks.SelectMany(b => b.ByCategory ?? []).GroupBy(c => c.Category).OrderBy(g => UnitCategories.All.ToList().FindIndex(c => c.Slug == g.Key))
                    .Select(g => new CategoryRow
                    {
                        Category = g.Key, Total = S(g.Select(c => c.Total)), NotRated = S(g.Select(c => c.NotRated)), Rated = S(g.Select(c => c.Rated)),
                        Excellent = S(g.Select(c => c.Excellent)), Good = S(g.Select(c => c.Good)), Complete = S(g.Select(c => c.Complete)), NotComplete = S(g.Select(c => c.NotComplete)),
                    }).ToList(),
            };
        }
        var m = units.Select(u => u.Members!).ToList();
        return new UnitReport
        {
            Year = 2025,
            Unit = new UnitInfo { Code = "T.HB", Name = "Đảng bộ Khối các cơ quan tỉnh Hòa Bình", Kind = UnitKind.UpperCommittee, Parent = "T" },
            Organizations = new OrganizationBlocks { BaseOrganizations = Sum(u => u.Organizations?.BaseOrganizations, true), SubordinateCells = Sum(u => u.Organizations?.SubordinateCells, false) },
            Members = new MemberBlock
            {
                Total = S(m.Select(x => x.Total)), NotRated = S(m.Select(x => x.NotRated)), Rated = S(m.Select(x => x.Rated)),
                Excellent = S(m.Select(x => x.Excellent)), Good = S(m.Select(x => x.Good)), Complete = S(m.Select(x => x.Complete)), NotComplete = S(m.Select(x => x.NotComplete)),
                Exempt = new ExemptCounts { Excused = S(m.Select(x => x.Exempt!.Excused)), Suspended = S(m.Select(x => x.Exempt!.Suspended)), NewlyAdmitted = S(m.Select(x => x.Exempt!.NewlyAdmitted)) },
            },
        };
    }

    [Fact]
    public void A_tagged_province_workbook_is_accepted_with_what_it_lacks_listed_block_by_block()
    {
        var check = CampaignFormCheck.Check(TaggedForm(), "bieu-tinh.xlsx");

        Assert.True(check.Accepted, string.Join("\n", check.Findings.Select(f => f.Message)));
        Assert.DoesNotContain(check.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(check.Findings, f => f.Code is CampaignFormCheck.TextInCount or CampaignFormCheck.FormulaInInput or CampaignFormCheck.SharedCell);
        Assert.Equal(ProvinceWorkbook.Tags.Count, check.Tagged.Count);
        Assert.Contains(check.Findings, f => f.Code == CampaignFormCheck.MetadataAdded && f.Severity == Severity.Info);
        // The member list's range: its eight headers are all columns the reader knows (TT is the STT column).
        var columns = Assert.Single(check.Findings, f => f.Code == CampaignFormCheck.MemberTableColumns);
        Assert.Equal((Severity.Info, ProvinceWorkbook.ListSheet, "A4"), (columns.Severity, columns.Sheet, columns.Cell));
        Assert.Contains("8 cột", columns.Message);
        // Leaders were not tagged at all; members lack the quota ratio, the disciplined count and three percentages.
        Assert.Contains(check.Findings, f => f.Code == CampaignFormCheck.FiguresMissing && f.Message.Contains("VII. Cá nhân cán bộ lãnh đạo, quản lý") && f.Message.Contains("chưa gắn tên chỉ tiêu nào"));
        Assert.Contains(check.Findings, f => f.Code == CampaignFormCheck.FiguresMissing && f.Message.Contains("\"V. Đảng viên\" còn"));
        Assert.DoesNotContain(check.Missing, f => f.Name == "OR_Mem_Total");
        Assert.Contains(check.Missing, f => f.Name == "OR_Ldr_Total");
        // The stored form reads as a form (the metadata constants are there) with nothing typed yet.
        var read = UnitWorkbookReader.Read(check.Form!, "bieu-tinh.xlsx");
        Assert.DoesNotContain(read.Findings, f => f.Code == UnitWorkbookReader.NotAForm);
    }

    [Fact]
    public void A_badly_tagged_workbook_is_refused_or_warned_with_each_cell_named()
    {
        var tags = ProvinceWorkbook.Tags
            .Where(t => t.Name != "OR_Unit_Code")                                              // required: refused
            .Select(t => t.Name == "OR_Mem_Total" ? (t.Name, t.Sheet, "B4") : t)                // a header ("Tổng số đảng viên")
            .Select(t => t.Name == "OR_Org_Base_Total" ? (t.Name, t.Sheet, "K7") : t)           // the check column's formula
            .Append(("OR_Ldr_Total", ProvinceWorkbook.MemberSheet, "C6"))                       // shares a cell with an exempt count
            .ToList();
        var check = CampaignFormCheck.Check(ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), tags), "sai.xlsx");

        Assert.False(check.Accepted);
        Assert.Contains(check.Findings, f => f.Code == CampaignFormCheck.RequiredMissing && f.Severity == Severity.Error && f.Message.Contains("OR_Unit_Code"));
        var text = Assert.Single(check.Findings, f => f.Code == CampaignFormCheck.TextInCount);
        Assert.Equal((ProvinceWorkbook.MemberSheet, "B4"), (text.Sheet, text.Cell));
        Assert.Contains("Tổng số đảng viên", text.Message);
        var formula = Assert.Single(check.Findings, f => f.Code == CampaignFormCheck.FormulaInInput);
        Assert.Equal((ProvinceWorkbook.OrgSheet, "K7"), (formula.Sheet, formula.Cell));
        var shared = Assert.Single(check.Findings, f => f.Code == CampaignFormCheck.SharedCell);
        Assert.Equal("C6", shared.Cell);
    }

    [Fact]
    public void Not_a_workbook_is_refused_without_opening_it()
    {
        var check = CampaignFormCheck.Check("not a workbook"u8.ToArray(), "x.xlsx");
        Assert.False(check.Accepted);
        Assert.Contains(check.Findings, f => f.Code == UnitWorkbookReader.NotZip);
    }

    [Fact]
    public void Units_fill_the_province_form_and_the_reader_reads_it_by_its_names()
    {
        var form = CampaignFormCheck.Check(TaggedForm(), "bieu-tinh.xlsx").Form!;
        foreach (var unit in Units())
        {
            var fill = CampaignFormWriter.WriteUnit(form, unit, "366");
            Assert.True(fill.Filled, string.Join("\n", fill.Findings.Select(f => f.Message)));
            var filled = fill.Workbook!;
            var read = UnitWorkbookReader.Read(filled, unit.Unit.Code + ".xlsx");
            Assert.True(read.IsReadable, string.Join("\n", read.Findings.Select(f => f.Message)));
            Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
            Assert.Equal(UnitReportJson.Write(unit), UnitReportJson.Write(read.Report!));

            using var wb = WorkbookOracle.Open(filled);
            Assert.True(WorkbookOracle.FiguresMatch(wb, unit) >= 30);
            Assert.True(WorkbookOracle.CategoryRowsMatch(wb, unit) > 0);
            if (unit.MemberList is { } members) WorkbookOracle.MemberListMatches(wb, members);
            WorkbookOracle.LayoutKept(ProvinceWorkbook.Build(), filled);
        }
    }

    [Fact]
    public void The_consolidated_workbook_keeps_the_province_layout_and_styling_with_the_right_figures()
    {
        var form = CampaignFormCheck.Check(TaggedForm(), "bieu-tinh.xlsx").Form!;
        var units = Units();
        var parent = Parent(units);
        var children = units.Select((u, i) => new ConsolidatedSource(u, u.Unit.Code, u.Unit.Code + ".xlsx", new string((char)('a' + i), 64), new DateTimeOffset(2026, 1, 10 + i, 8, 0, 0, TimeSpan.FromHours(7)))).ToList();

        var fill = CampaignFormWriter.WriteConsolidated(form, parent, children, "366");
        var consolidated = fill.Workbook!;

        // Our reader reads the upper level's figures back through the same names.
        var read = UnitWorkbookReader.Read(consolidated, "tong-hop.xlsx");
        Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(UnitReportJson.Write(parent), UnitReportJson.Write(read.Report!));

        // ClosedXML: the figures at their names, the loại hình rows, "Theo đơn vị" and "Nguồn"; the layout kept.
        using var wb = WorkbookOracle.Open(consolidated);
        Assert.True(WorkbookOracle.FiguresMatch(wb, parent) >= 30);
        Assert.True(WorkbookOracle.CategoryRowsMatch(wb, parent) > 0);
        WorkbookOracle.ChildrenMatch(wb, children);
        WorkbookOracle.LayoutKept(ProvinceWorkbook.Build(), consolidated);
        Assert.Equal([.. ProvinceWorkbook.Sheets, "Theo đơn vị", "Nguồn"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal("FFDDEBF7", wb.Worksheet(ProvinceWorkbook.OrgSheet).Cell("C4").Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8"));
        Assert.Equal("N(C7)-N(D7)-N(E7)", wb.Worksheet(ProvinceWorkbook.OrgSheet).Cell("K7").FormulaA1);
        // No member list in a consolidated report: the province's list keeps its one empty template row.
        Assert.True(wb.Worksheet(ProvinceWorkbook.ListSheet).Cell("B5").IsEmpty());
        Assert.Equal(ProvinceWorkbook.ListRange, WorkbookOracle.RefersTo(wb, "OR_MemberList")!.Split('!')[1].Replace("$", ""));
        // Excel recomputes the province's formulas when the file is opened.
        Assert.True(FullCalcOnLoad(consolidated));
    }

    private static bool FullCalcOnLoad(byte[] xlsx)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return doc.WorkbookPart!.Workbook.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.CalculationProperties>()?.FullCalculationOnLoad?.Value == true;
    }

    [Fact]
    public void The_member_table_grows_from_its_template_row_keeping_styles_formulas_and_validation()
    {
        var form = CampaignFormCheck.Check(TaggedForm(), "bieu-tinh.xlsx").Form!;
        var unit = Unit("T.HB.04", "Đảng bộ xã Cao Phong", 4) with { MemberList = Members(7, "Cao Phong") };

        var fill = CampaignFormWriter.WriteUnit(form, unit, "366");

        Assert.True(fill.Filled, string.Join("\n", fill.Findings.Select(f => f.Message)));
        using var wb = WorkbookOracle.Open(fill.Workbook!);
        WorkbookOracle.MemberListMatches(wb, unit.MemberList!);
        var list = wb.Worksheet(ProvinceWorkbook.ListSheet);
        Assert.Equal("'Danh sách ĐV'!$A$4:$H$11", WorkbookOracle.RefersTo(wb, "OR_MemberList"));
        for (var row = 6; row <= 11; row++)
        {
            Assert.Equal($"IF(B{row}=\"\",\"\",ROW()-4)", list.Cell(row, 1).FormulaA1);               // the template's formula, moved down
            Assert.Equal(row - 4, Convert.ToInt32(list.Cell(row, 1).CachedValue, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(list.Cell(5, 2).Style.Fill.BackgroundColor, list.Cell(row, 2).Style.Fill.BackgroundColor); // the template's style
            Assert.Equal(list.Cell(5, 8).Style.Border.BottomBorder, list.Cell(row, 8).Style.Border.BottomBorder);
        }
        Assert.Contains(list.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.ToString() == "F5:H11"));
        Assert.Equal("NGƯỜI LẬP BIỂU", list.Cell(ProvinceWorkbook.ListSignatureRow, 6).GetString());
        var read = UnitWorkbookReader.Read(fill.Workbook!, "x.xlsx");
        Assert.Equal(UnitReportJson.Write(unit), UnitReportJson.Write(read.Report!));
    }

    [Fact]
    public void A_member_list_named_on_its_first_header_cell_is_widened_to_the_header_and_template_rows()
    {
        var tags = ProvinceWorkbook.Tags.Select(t => t.Name == "OR_MemberList" ? (t.Name, t.Sheet, "A4") : t).ToList(); // what a cell picker gives
        var check = CampaignFormCheck.Check(ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), tags), "bieu-tinh.xlsx");

        Assert.True(check.Accepted);
        var widened = Assert.Single(check.Findings, f => f.Code == CampaignFormCheck.MemberTableColumns && f.Message.Contains("gắn lại"));
        Assert.Equal((ProvinceWorkbook.ListSheet, "A4"), (widened.Sheet, widened.Cell));
        using (var wb = WorkbookOracle.Open(check.Form!))
            Assert.Equal("'Danh sách ĐV'!$A$4:$H$5", WorkbookOracle.RefersTo(wb, "OR_MemberList"));
        // A unit's file of that form, its list typed in the rows below, reads with its members.
        var unit = Unit("T.HB.06", "Đảng bộ xã Yên Thủy", 6) with { MemberList = Members(3, "Yên Thủy") };
        var read = UnitWorkbookReader.Read(CampaignFormWriter.WriteUnit(check.Form!, unit, "366").Workbook!, "x.xlsx");
        Assert.Equal(unit.MemberList!.Select(m => m.Name), read.Report!.MemberList!.Select(m => m.Name));
    }

    [Fact]
    public void A_member_list_that_would_overwrite_the_form_is_refused_naming_the_sheet_and_cell()
    {
        var form = CampaignFormCheck.Check(TaggedForm(), "bieu-tinh.xlsx").Form!;
        var unit = Unit("T.HB.05", "Đảng bộ xã Lạc Sơn", 5) with { MemberList = Members(8, "Lạc Sơn") };

        var fill = CampaignFormWriter.WriteUnit(form, unit, "366", "biểu mẫu của đợt (bieu-tinh.xlsx)");

        Assert.False(fill.Filled);
        var refused = Assert.Single(fill.Findings, f => f.Code == CampaignFormWriter.MembersNoRoom);
        Assert.Equal(Severity.Error, refused.Severity);
        Assert.Equal((ProvinceWorkbook.ListSheet, $"F{ProvinceWorkbook.ListSignatureRow}"), (refused.Sheet, refused.Cell));
        Assert.Contains("NGƯỜI LẬP BIỂU", refused.Message);
        Assert.Contains("dòng 5–12", refused.Message);
        Assert.Contains("bieu-tinh.xlsx", refused.Message);
    }

    [Fact]
    public void Our_own_template_as_a_campaign_form_grows_its_member_table_and_reads_back_as_written()
    {
        var report = SampleReports.Full();
        var fill = CampaignFormWriter.WriteUnit(OfficeReview.OpenXml.Workbooks.Templates.WorkbookTemplates.Unit(), report, "366");

        Assert.True(fill.Filled, string.Join("\n", fill.Findings.Select(f => f.Message)));
        using var wb = WorkbookOracle.Open(fill.Workbook!);
        Assert.True(WorkbookOracle.FiguresMatch(wb, report) > 60);
        WorkbookOracle.MemberListMatches(wb, report.MemberList!);
        var table = wb.Worksheets.SelectMany(w => w.Tables).Single(t => t.Name == WorkbookSchema.MemberTable);
        Assert.Equal(report.MemberList!.Count + 1, table.AsRange().RowCount());
        var read = UnitWorkbookReader.Read(fill.Workbook!, "x.xlsx");
        Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(report.MemberList!.Select(m => m.Name), read.Report!.MemberList!.Select(m => m.Name));
        Assert.Equal(report.MemberList!.Select(m => m.DecidedLevel), read.Report!.MemberList!.Select(m => m.DecidedLevel));
    }

    [Fact]
    public void A_typed_figure_tagged_on_a_formula_keeps_the_formula_and_says_so()
    {
        var tags = ProvinceWorkbook.Tags.Select(t => t.Name == "OR_Org_Cells_Total" ? (t.Name, t.Sheet, "K11") : t).ToList();
        var form = CampaignFormCheck.Check(ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), tags), "bieu-tinh.xlsx").Form!;
        var unit = Units()[1];

        var fill = CampaignFormWriter.WriteUnit(form, unit, "366");

        Assert.True(fill.Filled);
        var kept = Assert.Single(fill.Findings, f => f.Code == CampaignFormWriter.FormulaKept);
        Assert.Equal(Severity.Warning, kept.Severity);
        Assert.Equal((ProvinceWorkbook.OrgSheet, "K11"), (kept.Sheet, kept.Cell));
        Assert.Contains("OR_Org_Cells_Total", kept.Message);
        Assert.Contains("N(C11)-N(D11)-N(E11)", kept.Message);
        using var wb = WorkbookOracle.Open(fill.Workbook!);
        var cell = wb.Worksheet(ProvinceWorkbook.OrgSheet).Cell("K11");
        Assert.Equal("N(C11)-N(D11)-N(E11)", cell.FormulaA1);
        Assert.Equal(unit.Organizations!.SubordinateCells!.Total, Convert.ToInt64(cell.CachedValue, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(FullCalcOnLoad(fill.Workbook!));
        // Figures with a value and no cell in the form are said too (leaders are not tagged).
        var withLeaders = unit with { Leaders = new CountBlock { Total = 4, Rated = 4, Good = 4 } };
        Assert.Contains(CampaignFormWriter.WriteUnit(form, withLeaders, "366").Findings, f => f.Code == CampaignFormWriter.FiguresNotInForm && f.Message.Contains("OR_Ldr_Total"));
    }

    [Fact]
    public void A_form_the_open_xml_sdk_cannot_open_is_not_filled_and_the_finding_says_why()
    {
        var fill = CampaignFormWriter.WriteUnit("PK\u0003\u0004 not really a zip"u8.ToArray(), Units()[0], "366", "biểu mẫu của đợt (hong.xlsx)");
        Assert.False(fill.Filled);
        var failed = Assert.Single(fill.Findings);
        Assert.Equal(CampaignFormWriter.FillFailed, failed.Code);
        Assert.Contains("hong.xlsx", failed.Message);
    }
}
