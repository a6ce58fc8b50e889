using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

public class RoundTripTests
{
    private static WorkbookReadResult RoundTrip(Domain.Model.UnitReport report, out byte[] bytes)
    {
        bytes = UnitWorkbookWriter.Write(report);
        return UnitWorkbookReader.Read(bytes, "bieu.xlsx");
    }

    [Fact]
    public void Json_to_xlsx_to_json_is_identical_for_a_report_using_every_field()
    {
        var report = SampleReports.Full();
        var read = RoundTrip(report, out _);
        Assert.Empty(read.Findings);
        Assert.NotNull(read.Report);
        Assert.Equal(UnitReportJson.Write(report), UnitReportJson.Write(read.Report!));
    }

    [Fact]
    public void Every_unit_of_a_synthetic_province_round_trips()
    {
        var province = SampleReports.Province();
        foreach (var unit in province.Units)
        {
            var read = RoundTrip(unit, out _);
            Assert.True(read.Report is not null, string.Join("\n", read.Findings.Select(f => f.Message)));
            Assert.Equal(UnitReportJson.Write(WithoutEmptyObjects(unit)), UnitReportJson.Write(read.Report!));
        }
    }

    // A workbook cannot tell "ownRating": {} from no ownRating at all (both are empty cells); nothing else is lost.
    internal static Domain.Model.UnitReport WithoutEmptyObjects(Domain.Model.UnitReport r) =>
        r.OwnRating is { Level: null, Score: null, HasDisciplinedSubordinate: false } ? r with { OwnRating = null } : r;

    [Fact]
    public void Cell_map_points_every_field_at_its_cell()
    {
        var read = RoundTrip(SampleReports.Full(), out _);
        Assert.Equal(new CellAddress("Thông tin", "B9"), read.Cells.Get("year"));
        Assert.Equal("Tổ chức đảng", read.Cells.Get("organizations.baseOrganizations.total")!.Sheet);
        // Block I is the first data row (10); its loại hình "Xã" is slot 1 (row 11), "Cơ quan Nhà nước" slot 6 (row 16).
        Assert.Equal("C10", read.Cells.Get("organizations.baseOrganizations.total")!.Cell);
        Assert.Equal("H11", read.Cells.Get("organizations.baseOrganizations.byCategory[0].good")!.Cell);
        Assert.Equal("B16", read.Cells.Get("organizations.baseOrganizations.byCategory[1].category")!.Cell);
        Assert.Equal("I16", read.Cells.Get("organizations.baseOrganizations.byCategory[1].statedPercents.good")!.Cell);
        Assert.Equal("D10", read.Cells.Get("members.exempt.excused")!.Cell);
        Assert.Equal(new CellAddress("Danh sách đảng viên", "L9"), read.Cells.Get("memberList[2].decidedLevel"));
        // Findings on a path without its own cell go to the closest field that has one.
        Assert.Equal("C10", read.Cells.Find("members.exempt")!.Cell);
    }

    [Fact]
    public void Percent_formulas_are_not_stated_but_typed_percentages_are()
    {
        var report = SampleReports.Full();
        var read = RoundTrip(report, out _);
        Assert.Null(read.Report!.LeadershipCollectives!.StatedPercents);
        Assert.Equal(18.18m, read.Report.Organizations!.BaseOrganizations!.StatedPercents!.Excellent);
        Assert.Null(read.Report.Organizations.BaseOrganizations.StatedPercents.Complete);
    }

    [Fact]
    public void Ruleset_findings_of_a_workbook_carry_the_cell()
    {
        var report = SampleReports.Full() with { Leaders = SampleReports.Full().Leaders! with { Rated = 9 } };
        var read = RoundTrip(report, out _);
        var findings = read.Locate(Rulesets.ForYear(2025).Validate(read.Report!), "bieu.xlsx");
        var sum = Assert.Single(findings, f => f.Code == BlockSumsRule.RatedSum && f.Path == "leaders.rated");
        Assert.Equal("Lãnh đạo, quản lý", sum.Sheet);
        Assert.Equal("E11", sum.Cell);
        Assert.Equal("bieu.xlsx", sum.File);
    }
}
