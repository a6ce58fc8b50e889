using System.Text;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

public class TolerantReadingTests
{
    private static byte[] Full() => UnitWorkbookWriter.Write(SampleReports.Full());

    [Fact]
    public void Template_edited_by_a_province_still_reads_identically()
    {
        var edited = new ProvinceEdits(Full())
            .RenameSheet("Tổ chức đảng", "TCĐ năm 2025")
            .InsertRows("TCĐ năm 2025", 10, 3, "Ghi chú của Ban Tổ chức tỉnh")
            .WidenColumns("TCĐ năm 2025", 18)
            .InsertColumn("TCĐ năm 2025", 16, "Ghi chú", "x")
            .InsertColumn("Danh sách đảng viên", 3, "Quê quán", "Gia Lai")
            .InsertRows("Đảng viên", 7, 2, "Số liệu đến 30/11")
            .HideSheet("Lãnh đạo, quản lý")
            .Save();
        var read = UnitWorkbookReader.Read(edited, "tinh-sua.xlsx");
        Assert.True(read.Report is not null, string.Join("\n", read.Findings.Select(f => f.Message)));
        Assert.Empty(read.Findings);
        Assert.Equal(UnitReportJson.Write(SampleReports.Full()), UnitReportJson.Write(read.Report!));
        // The cells moved with the edits.
        Assert.Equal(new CellAddress("TCĐ năm 2025", "C13"), read.Cells.Get("organizations.baseOrganizations.total"));
        Assert.Equal(new CellAddress("Danh sách đảng viên", "M7"), read.Cells.Get("memberList[0].decidedLevel"));
    }

    [Fact]
    public void Numbers_typed_as_text_and_NFD_text_are_read()
    {
        var nfdName = "Đảng ủy xã An Bình".Normalize(NormalizationForm.FormD);
        var edited = new ProvinceEdits(Full())
            .Type("Tổ chức đảng", "C10", "12", asText: true)
            .Type("Tổ chức đảng", "E10", " 11 ", asText: true)
            .Type("Đảng viên", "C10", "5", asText: true)
            .Type("Thông tin", "B11", nfdName, asText: true)
            .Type("Danh sách đảng viên", "L7", "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ".Normalize(NormalizationForm.FormD), asText: true)
            .Save();
        var read = UnitWorkbookReader.Read(edited, "x.xlsx");
        // The only findings say, as information, which cells were composed from NFD.
        Assert.Equal(["B11", "L7"], read.Findings.Select(f => f.Cell).Order());
        Assert.All(read.Findings, f => Assert.Equal((UnitWorkbookReader.TextNfd, Severity.Info), (f.Code, f.Severity)));
        Assert.Equal(UnitReportJson.Write(SampleReports.Full()), UnitReportJson.Write(read.Report!));
        Assert.Equal("Đảng ủy xã An Bình", read.Report!.Unit.Name);
        Assert.True(read.Report.Unit.Name.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Thousands_with_dots_are_read_as_counts()
    {
        var edited = new ProvinceEdits(Full()).Type("Tổ chức đảng", "C10", "1.234", asText: true).Save();
        var read = UnitWorkbookReader.Read(edited, "x.xlsx");
        Assert.Equal(1234, read.Report!.Organizations!.BaseOrganizations!.Total);
    }

    [Fact]
    public void A_number_typed_over_a_percentage_formula_is_a_stated_percentage_and_is_checked()
    {
        // Leaders row (row 11 on "Lãnh đạo, quản lý"): 1 HTXS of 8 rated = 12,50%; the unit types 13,1.
        var edited = new ProvinceEdits(Full()).Type("Lãnh đạo, quản lý", "G11", "13.1").Save();
        var read = UnitWorkbookReader.Read(edited, "x.xlsx");
        Assert.Equal(13.1m, read.Report!.Leaders!.StatedPercents!.Excellent);
        var finding = Assert.Single(read.Locate(Rulesets.ForYear(2025).Validate(read.Report)), f => f.Path == "leaders.statedPercents.excellent");
        Assert.Equal(StatedPercentRule.Mismatch, finding.Code);
        Assert.Equal(("Lãnh đạo, quản lý", "G11"), (finding.Sheet, finding.Cell));
    }

    [Fact]
    public void Unreadable_cells_become_findings_with_their_cell()
    {
        var edited = new ProvinceEdits(Full())
            .Type("Tổ chức đảng", "D10", "một", asText: true)
            .Type("Tổ chức đảng", "F10", "2.5")
            .Type("Danh sách đảng viên", "L8", "Tốt lắm", asText: true)
            .Save();
        var read = UnitWorkbookReader.Read(edited, "x.xlsx");
        Assert.NotNull(read.Report);
        var byCell = read.Findings.ToDictionary(f => f.Cell!, f => f);
        Assert.Equal(UnitWorkbookReader.NotANumber, byCell["D10"].Code);
        Assert.Contains("\"một\"", byCell["D10"].Message);
        Assert.Equal("Tổ chức đảng", byCell["D10"].Sheet);
        Assert.Equal(UnitReportJson.FractionalCount, byCell["F10"].Code);
        Assert.Equal(UnitReportJson.UnknownLevel, byCell["L8"].Code);
        Assert.Equal("memberList[1].decidedLevel", byCell["L8"].Path);
        Assert.All(read.Findings, f => Assert.Equal("x.xlsx", f.File));
    }

    [Fact]
    public void Member_dates_and_yes_no_columns_are_read_as_typed()
    {
        string Col(string key) => OfficeReview.OpenXml.Workbooks.Templates.Cells.Column(WorkbookSchema.MemberColumns.ToList().FindIndex(c => c.JsonKey == key) + 1);
        var edited = new ProvinceEdits(Full())
            .Type("Danh sách đảng viên", $"{Col("admissionDate")}7", "45823")                 // an Excel date: 15/06/2025
            .Type("Danh sách đảng viên", $"{Col("admissionDate")}8", "15-06-2025", asText: true)
            .Type("Danh sách đảng viên", $"{Col("admissionDate")}9", "31/02/2025", asText: true)
            .Type("Danh sách đảng viên", $"{Col("disciplineDutyRelated")}7", "Không", asText: true)
            .Type("Danh sách đảng viên", $"{Col("disciplineForm")}8", "canh cao", asText: true)
            .Save();
        var read = UnitWorkbookReader.Read(edited, "ngay.xlsx");
        var list = read.Report!.MemberList!;
        Assert.Equal(new DateOnly(2025, 6, 15), list[0].AdmissionDate);
        Assert.Equal(new DateOnly(2025, 6, 15), list[1].AdmissionDate);
        Assert.Null(list[2].AdmissionDate);
        Assert.False(list[0].DisciplineDutyRelated);
        Assert.Null(list[1].DisciplineDutyRelated);
        Assert.Equal(Domain.Model.DisciplineForm.Warning, list[1].DisciplineForm);
        var bad = Assert.Single(read.Findings);
        Assert.Equal(("Danh sách đảng viên", $"{Col("admissionDate")}9", "memberList[2].admissionDate"), (bad.Sheet, bad.Cell, bad.Path));
        Assert.Contains("31/02/2025", bad.Message);
    }
}
