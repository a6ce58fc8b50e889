using ClosedXML.Excel;
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
        Unit("T.HB.01", "Đảng bộ xã Tân Lạc", 0),
        Unit("T.HB.02", "Đảng bộ phường Kỳ Sơn", 1),
        Unit("T.HB.03", "Đảng bộ xã Mường Chiềng", 2),
    ];

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
            var filled = CampaignFormWriter.WriteUnit(form, unit, "366");
            var read = UnitWorkbookReader.Read(filled, unit.Unit.Code + ".xlsx");
            Assert.True(read.IsReadable, string.Join("\n", read.Findings.Select(f => f.Message)));
            Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
            Assert.Equal(UnitReportJson.Write(unit), UnitReportJson.Write(read.Report!));
            OracleMatches(filled, unit, children: null);
        }
    }

    [Fact]
    public void The_consolidated_workbook_keeps_the_province_layout_and_styling_with_the_right_figures()
    {
        var form = CampaignFormCheck.Check(TaggedForm(), "bieu-tinh.xlsx").Form!;
        var units = Units();
        var parent = Parent(units);
        var children = units.Select((u, i) => new ConsolidatedSource(u, u.Unit.Code, u.Unit.Code + ".xlsx", new string((char)('a' + i), 64), new DateTimeOffset(2026, 1, 10 + i, 8, 0, 0, TimeSpan.FromHours(7)))).ToList();

        var consolidated = CampaignFormWriter.WriteConsolidated(form, parent, children, "366");

        // Our reader reads the upper level's figures back through the same names.
        var read = UnitWorkbookReader.Read(consolidated, "tong-hop.xlsx");
        Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(UnitReportJson.Write(parent), UnitReportJson.Write(read.Report!));
        OracleMatches(consolidated, parent, children);

        // Layout and styling: the province's sheets, merges, styles, formulas and validation are still there.
        using var original = new XLWorkbook(new MemoryStream(ProvinceWorkbook.Build()));
        using var wb = new XLWorkbook(new MemoryStream(consolidated));
        Assert.Equal([ProvinceWorkbook.InfoSheet, ProvinceWorkbook.OrgSheet, ProvinceWorkbook.MemberSheet, "Theo đơn vị", "Nguồn"], wb.Worksheets.Select(w => w.Name));
        foreach (var sheet in new[] { ProvinceWorkbook.InfoSheet, ProvinceWorkbook.OrgSheet, ProvinceWorkbook.MemberSheet })
        {
            Assert.Equal(ProvinceWorkbook.Merges[sheet].Order(), wb.Worksheet(sheet).MergedRanges.Select(r => r.RangeAddress.ToString()!).Order());
            foreach (var cell in original.Worksheet(sheet).CellsUsed(XLCellsUsedOptions.All))
            {
                var now = wb.Worksheet(sheet).Cell(cell.Address.ToString());
                Assert.Equal(cell.Style.Fill.BackgroundColor, now.Style.Fill.BackgroundColor);
                Assert.Equal(cell.Style.Font.Bold, now.Style.Font.Bold);
                Assert.Equal(cell.Style.Border.LeftBorder, now.Style.Border.LeftBorder);
                Assert.Equal(cell.Style.NumberFormat.Format, now.Style.NumberFormat.Format);
                Assert.Equal(cell.FormulaA1, now.FormulaA1);
                if (!cell.HasFormula && !cell.IsEmpty() && cell.DataType == XLDataType.Text) Assert.Equal(cell.GetString(), now.GetString()); // labels untouched
            }
            Assert.Equal(original.Worksheet(sheet).Column(2).Width, wb.Worksheet(sheet).Column(2).Width);
        }
        Assert.Equal("FFDDEBF7", wb.Worksheet(ProvinceWorkbook.OrgSheet).Cell("C4").Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8"));
        Assert.Single(wb.Worksheet(ProvinceWorkbook.InfoSheet).DataValidations);
        Assert.Equal("N(C7)-N(D7)-N(E7)", wb.Worksheet(ProvinceWorkbook.OrgSheet).Cell("K7").FormulaA1);
    }

    /// <summary>
    /// ClosedXML, independently of our reader: every figure of the report sits in the cell its name points at; with
    /// children, "Theo đơn vị" lists each unit's members and the "Cộng" row sums them, and "Nguồn" lists each file.
    /// </summary>
    internal static void OracleMatches(byte[] xlsx, UnitReport report, IReadOnlyList<ConsolidatedSource>? children)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        var values = FormValues.For(report, "366");
        foreach (var (name, sheet, cell) in ProvinceWorkbook.Tags)
        {
            if (!values.TryGetValue(name, out var expected)) continue; // the loại hình labels
            var c = wb.Worksheet(sheet).Cell(cell);
            var value = c.HasFormula ? c.CachedValue : c.Value;
            if (expected.Number is { } n) Assert.True(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) == Math.Round(n, 10), $"{name} ({sheet}!{cell}): {value} ≠ {n}");
            else Assert.True((expected.Text ?? "") == (value?.ToString() ?? ""), $"{name} ({sheet}!{cell}): \"{value}\" ≠ \"{expected.Text}\"");
        }
        // The loại hình rows: the figures of the category the label names.
        var org = wb.Worksheet(ProvinceWorkbook.OrgSheet);
        foreach (var (row, slug) in new[] { (8, "xa"), (9, "phuong") })
        {
            var expected = report.Organizations?.BaseOrganizations?.ByCategory?.FirstOrDefault(c => c.Category == slug);
            Assert.Equal(expected?.Total ?? 0, org.Cell(row, 3).IsEmpty() ? 0 : org.Cell(row, 3).GetValue<long>());
            Assert.Equal(expected?.Excellent ?? 0, org.Cell(row, 6).IsEmpty() ? 0 : org.Cell(row, 6).GetValue<long>());
        }
        if (children is null) return;
        var by = wb.Worksheet("Theo đơn vị");
        var title = by.CellsUsed().Single(c => c.GetString() == "V. Đảng viên").Address.RowNumber;
        for (var i = 0; i < children.Count; i++)
        {
            Assert.Equal(children[i].UnitCode, by.Cell(title + 2 + i, 2).GetString());
            Assert.Equal(children[i].Report.Members!.Total, by.Cell(title + 2 + i, 4).GetValue<long>());
        }
        var sum = by.Cell(title + 2 + children.Count, 4);
        Assert.Equal($"SUM(D{title + 2}:D{title + 1 + children.Count})", sum.FormulaA1);
        Assert.Equal(report.Members!.Total, Convert.ToInt64(sum.CachedValue, System.Globalization.CultureInfo.InvariantCulture));
        var sources = wb.Worksheet("Nguồn");
        for (var i = 0; i < children.Count; i++)
        {
            Assert.Equal(children[i].UnitCode, sources.Cell(4 + i, 2).GetString());
            Assert.Equal(children[i].Sha256, sources.Cell(4 + i, 5).GetString());
        }
    }
}
