using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.ReviewForms;

/// <summary>
/// The scoring workbook: valid Open XML, prefilled from the member list; filled in (as Excel would store it), read back
/// and scored, merged into the unit workbook's member list, which is written and read again. Bad values and proposals
/// above what the score and the 366 conditions allow are findings at their cells.
/// </summary>
public class ScoreWorkbookTests
{
    private static UnitReport Unit() => new()
    {
        Year = 2025,
        Unit = new UnitInfo { Code = "GL.IAGRAI", Name = "Đảng bộ xã Ia Grai", Kind = UnitKind.UpperCommittee },
        MemberList =
        [
            new MemberEntry { Name = "Rơ Châm Hlun", BirthYear = 1975, Position = "Bí thư chi bộ", Cell = "Chi bộ Thôn 1", PreviousLevel = RatingLevel.Excellent },
            new MemberEntry { Name = "Nguyễn Thị Hoa", BirthYear = 1984, Position = "Chuyên viên", Cell = "Chi bộ Thôn 1", PreviousLevel = RatingLevel.Good },
            new MemberEntry { Name = "Trần Văn Bảy", BirthYear = 1950, Position = "Hưu trí", Cell = "Chi bộ Thôn 2" },
            new MemberEntry { Name = "Lê Thị Mai", Cell = "Chi bộ Thôn 2", ExemptReason = ExemptReason.NewlyAdmitted },
        ],
    };

    [Fact]
    public void Blank_and_prefilled_workbooks_are_valid_and_list_the_rated_members()
    {
        foreach (var bytes in new[] { ScoreWorkbook.Write(null), ScoreWorkbook.Write(Unit()) })
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
        var read = ScoreWorkbook.Read(ScoreWorkbook.Write(Unit()), "bang-diem.xlsx");
        Assert.True(read.Readable);
        Assert.Equal(2025, read.Year);
        Assert.Equal(["Rơ Châm Hlun", "Nguyễn Thị Hoa", "Trần Văn Bảy"], read.Rows.Select(r => r.Name));
        Assert.Equal([ReviewFormKind.Mau02A, ReviewFormKind.Mau02B, ReviewFormKind.Mau02C], read.Rows.Select(r => r.Form!.Value));
        Assert.Empty(read.Findings);
    }

    [Fact]
    public void The_score_sheet_read_back_with_closedxml_holds_the_rated_members_and_the_criteria_frame()
    {
        var unit = Unit() with { MemberList = [.. Unit().MemberList!.Select((m, i) => m with { SelfLevel = i == 0 ? RatingLevel.Excellent : RatingLevel.Good, ProposedLevel = RatingLevel.Good })] };
        using var wb = Workbooks.WorkbookOracle.Open(ScoreWorkbook.Write(unit));

        Assert.Equal(ScoreWorkbook.FormId, Workbooks.WorkbookOracle.Named(wb, WorkbookSchema.FormId).GetString());
        Assert.Equal(2025, Workbooks.WorkbookOracle.Named(wb, WorkbookSchema.Year).GetValue<int>());
        var rated = unit.MemberList!.Where(m => m.ExemptReason is null).ToList();
        var table = wb.Worksheet(ScoreWorkbook.SheetName).Tables.Single(t => t.Name == ScoreWorkbook.TableName);
        Workbooks.WorkbookOracle.ColumnsMatch(table.Worksheet, table.HeadersRow().RowNumber(), new Dictionary<string, IReadOnlyList<string?>>
        {
            ["STT"] = rated.Select((_, i) => (string?)(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            ["Họ và tên"] = rated.Select(m => (string?)m.Name).ToList(),
            ["Chi bộ"] = rated.Select(m => m.Cell).ToList(),
            ["Chức vụ"] = rated.Select(m => m.Position).ToList(),
            ["Mẫu"] = ["2A", "2B", "2C"],
            ["Tự xếp loại"] = rated.Select(m => m.SelfLevel?.VietnameseName()).ToList(),
            ["Chi bộ đề xuất"] = rated.Select(m => m.ProposedLevel?.VietnameseName()).ToList(),
        });
        // Totals and bands are formulas (nothing scored yet: empty results).
        var total = table.HeadersRow().Cells().Single(c => c.GetString() == "Tổng điểm").Address.ColumnNumber;
        Assert.All(Enumerable.Range(1, rated.Count), i => Assert.True(table.Worksheet.Cell(table.HeadersRow().RowNumber() + i, total).HasFormula));
        // "Khung điểm": every criterion of each individual form with its maximum points.
        var frame = wb.Worksheet(ScoreWorkbook.FrameSheetName);
        var criteria = ScoringFramework.Default366.Annexes.Where(a => a.Annex != CriteriaAnnex.Collective).SelectMany(a => a.Criteria.Select(c => (Form: a.Annex.IndividualForm().Number(), c))).ToList();
        Workbooks.WorkbookOracle.ColumnsMatch(frame, 4, new Dictionary<string, IReadOnlyList<string?>>
        {
            ["Mẫu"] = criteria.Select(x => (string?)x.Form).ToList(),
            ["Mã"] = criteria.Select(x => (string?)x.c.Code).ToList(),
            ["Điểm tối đa"] = criteria.Select(x => (string?)x.c.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        });
    }

    [Fact]
    public void Filled_scores_flow_into_the_member_list_of_the_unit_workbook()
    {
        var unitBytes = UnitWorkbookWriter.Write(Unit());
        var unit = UnitWorkbookReader.Read(unitBytes, "bieu-don-vi.xlsx").Report!;
        var scores = ScoreWorkbook.Write(unit);
        // Rơ Châm Hlun (2A): 6+6+8+5+5 = 30, 30+25+15 = 70 → 100, 10 tasks, all done, 4 exceeded → HTXS allowed.
        // Nguyễn Thị Hoa (2B): 12+9+5 = 26, 25+18+18 = 61 → 87 (HTT band), 8 tasks done on time.
        // Trần Văn Bảy (2C): 20+5 = 25, 30+15+10 = 55 → 80, proposal HTT.
        var filled = ScoreSheetFill.Fill(scores, new()
        {
            [7] = new() { ["F"] = 6, ["G"] = 6, ["H"] = 8, ["I"] = 5, ["J"] = 5, ["L"] = 30, ["M"] = 25, ["N"] = 15, ["R"] = 10, ["S"] = 10, ["T"] = 4, ["U"] = 0, ["V"] = "Đã khắc phục", ["X"] = "Hoàn thành xuất sắc nhiệm vụ", ["Y"] = "Hoàn thành xuất sắc nhiệm vụ" },
            [8] = new() { ["F"] = 12, ["G"] = 9, ["H"] = 5, ["L"] = 25, ["M"] = 18, ["N"] = 18, ["R"] = 8, ["S"] = 8, ["U"] = 0, ["X"] = "HTTNV", ["Y"] = "Hoàn thành tốt nhiệm vụ" },
            [9] = new() { ["F"] = 20, ["G"] = 5, ["L"] = 30, ["M"] = 15, ["N"] = 10, ["Y"] = "Hoàn thành tốt nhiệm vụ" },
        });
        var read = ScoreWorkbook.Read(filled, "bang-diem.xlsx");
        Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
        Assert.Equal([100m, 87m, 80m], read.Results.Select(r => r.Total!.Value));
        Assert.Equal([RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Good], read.Results.Select(r => r.Highest!.Value));

        var (merged, importFindings) = ScoreWorkbook.Import(unit, read);
        Assert.Empty(importFindings);
        var back = UnitWorkbookReader.Read(UnitWorkbookWriter.Write(merged), "bieu-don-vi.xlsx").Report!;
        var list = back.MemberList!;
        Assert.Equal(4, list.Count);
        Assert.Equal((30m, 70m, "2A", RatingLevel.Excellent, RatingLevel.Excellent), (list[0].GeneralScore!.Value, list[0].TaskScore!.Value, list[0].Form, list[0].SelfLevel!.Value, list[0].ProposedLevel!.Value));
        Assert.Equal((26m, 61m, "2B", RatingLevel.Good), (list[1].GeneralScore!.Value, list[1].TaskScore!.Value, list[1].Form, list[1].ProposedLevel!.Value));
        Assert.Equal((25m, 55m, "2C", RatingLevel.Good), (list[2].GeneralScore!.Value, list[2].TaskScore!.Value, list[2].Form, list[2].ProposedLevel!.Value));
        Assert.Equal(RatingLevel.Good, list[1].PreviousLevel);
        Assert.Equal((10L, 4L, 0L, 0L), (list[0].Tasks!.Assigned!.Value, list[0].Tasks!.Exceeded!.Value, list[0].Tasks!.Late!.Value, list[0].Tasks!.Undone!.Value));
        Assert.True(list[0].ShortcomingsFixed);
        Assert.Equal((8L, 0L), (list[1].Tasks!.Assigned!.Value, list[1].Tasks!.Undone!.Value));
        Assert.Null(list[2].Tasks);
        Assert.Null(list[2].ShortcomingsFixed);
        Assert.Null(list[3].GeneralScore); // exempt member untouched
        Assert.Equal(ExemptReason.NewlyAdmitted, list[3].ExemptReason);
        // The ruleset reads the merged list: levels agree with totals and with the 366 task conditions; what remains is
        // the unit-level HTXS cap (1 HTXS for 2 HTT here), which the scoring sheet leaves to the unit workbook.
        var errors = Rulesets.ForYear(2025).Validate(back).Where(f => f.Severity == Severity.Error).Select(f => f.Code).Distinct();
        Assert.Equal(["QUOTA_EXCEEDED"], errors);
    }

    [Fact]
    public void Bad_scores_and_proposals_above_the_conditions_are_findings_at_their_cells_and_are_not_merged()
    {
        var unit = Unit();
        var filled = ScoreSheetFill.Fill(ScoreWorkbook.Write(unit), new()
        {
            // 2A: G3 = 9 > 8 (out of range).
            [7] = new() { ["F"] = 6, ["G"] = 6, ["H"] = 9, ["I"] = 5, ["J"] = 5, ["L"] = 30, ["M"] = 25, ["N"] = 15 },
            // 2B: 95 points but only 2 of 10 tasks exceeded (< 30%) → at most HTT; proposal HTXS is an error at Y8.
            [8] = new() { ["F"] = 15, ["G"] = 10, ["H"] = 5, ["L"] = 30, ["M"] = 20, ["N"] = 15, ["R"] = 10, ["S"] = 10, ["T"] = 2, ["U"] = 0, ["Y"] = "HTXSNV" },
            // 2C: G4 is not a criterion of 2C; a task count that is not a number.
            [9] = new() { ["F"] = 20, ["G"] = 5, ["I"] = 3, ["R"] = "mười" },
        });
        var read = ScoreWorkbook.Read(filled, "bang-diem.xlsx");
        Finding At(string code, string cell) => Assert.Single(read.Findings, f => f.Code == code && f.Cell == cell);
        Assert.Contains("ngoài khoảng 0–8", At(ScoreSheet.PointsOutOfRange, "H7").Message);
        Assert.Contains("Bảng điểm!Y8", At(ScoreSheet.ProposalAboveAllowed, "Y8").Message);
        Assert.Contains("dưới 30% số nhiệm vụ vượt mức", At(ScoreSheet.ProposalAboveAllowed, "Y8").Message);
        At(ScoreSheet.PointsNotInForm, "I9");
        At(ScoreWorkbook.BadValue, "R9");
        Assert.All(read.Findings, f => Assert.Equal(ScoreWorkbook.SheetName, f.Sheet));

        var (merged, _) = ScoreWorkbook.Import(unit, read);
        Assert.All(merged.MemberList!, m => Assert.Null(m.GeneralScore)); // every row had an error: nothing merged
    }

    [Fact]
    public void Another_workbook_or_a_damaged_file_is_one_clear_error()
    {
        var other = ScoreWorkbook.Read(UnitWorkbookWriter.Write(Unit()), "bieu-don-vi.xlsx");
        Assert.False(other.Readable);
        Assert.Equal(ScoreWorkbook.NotAScoreWorkbook, Assert.Single(other.Findings).Code);
        var broken = ScoreWorkbook.Read([0x50, 0x4B, 1, 2, 3], "hong.xlsx");
        Assert.False(broken.Readable);
        Assert.Contains("hong.xlsx", Assert.Single(broken.Findings).Message);
    }

    [Fact]
    public void A_row_for_someone_not_in_the_list_is_added_with_a_warning()
    {
        var unit = Unit();
        var filled = ScoreSheetFill.Fill(ScoreWorkbook.Write(unit), new()
        {
            [10] = new() { ["B"] = "Phạm Văn Mới", ["C"] = "Chi bộ Thôn 2", ["E"] = "2B", ["F"] = 10, ["G"] = 8, ["H"] = 4, ["L"] = 20, ["M"] = 15, ["N"] = 15 },
        });
        var read = ScoreWorkbook.Read(filled, "bang-diem.xlsx");
        var (merged, findings) = ScoreWorkbook.Import(unit, read);
        Assert.Equal(ScoreWorkbook.MemberAdded, Assert.Single(findings).Code);
        var added = merged.MemberList![^1];
        Assert.Equal(("Phạm Văn Mới", 22m, 50m), (added.Name, added.GeneralScore!.Value, added.TaskScore!.Value));
    }
}
