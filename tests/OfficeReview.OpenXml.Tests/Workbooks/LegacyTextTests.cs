using System.Text;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>Workbooks whose names were typed with old Vietnamese fonts (TCVN3/ABC, VNI) or saved decomposed (NFD).</summary>
public class LegacyTextTests
{
    private static UnitReport WithTexts(string unitName, params string[] memberNames)
    {
        var full = SampleReports.Full();
        return full with
        {
            Unit = full.Unit with { Name = unitName },
            MemberList = full.MemberList!.Select((m, i) => i < memberNames.Length ? m with { Name = memberNames[i] } : m).ToList(),
        };
    }

    [Fact]
    public void A_tcvn3_workbook_converts_with_each_cell_reported()
    {
        var bytes = UnitWorkbookWriter.Write(WithTexts("§¶ng bé x· Hßa B×nh", "NguyÔn V¨n An", "TrÇn ThÞ B×nh", "Lª V¨n Tr­êng"));
        var result = UnitWorkbookReader.Read(bytes, "xa-hoa-binh-2025.xlsx");

        Assert.True(result.IsReadable);
        Assert.Equal("Đảng bộ xã Hòa Bình", result.Report!.Unit.Name);
        // "ư" is byte 0xAD in TCVN3 (a soft hyphen, which cleaning would drop): converted, not lost.
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Trường"], result.Report.MemberList!.Take(3).Select(m => m.Name));
        Assert.Equal("Hoàng Văn Em", result.Report.MemberList![4].Name); // Unicode rows untouched
        var notes = result.Findings.Where(f => f.Code == UnitWorkbookReader.TextLegacy).ToList();
        Assert.True(4 == notes.Count, string.Join("\n", notes.Select(n => n.Message)));
        Assert.All(notes, f =>
        {
            Assert.Equal(Severity.Info, f.Severity);
            Assert.Equal("xa-hoa-binh-2025.xlsx", f.File);
            Assert.False(string.IsNullOrEmpty(f.Sheet));
            Assert.Matches("^[A-Z]+[0-9]+$", f.Cell!);
            Assert.Contains("TCVN3 (ABC)", f.Message);
        });
        var unitNote = Assert.Single(notes, f => f.Path == "unit.name");
        Assert.Equal(result.Cells.Locate(Finding.Info("x", "unit.name", "")).Cell, unitNote.Cell);
        Assert.Contains("\"Đảng bộ xã Hòa Bình\"", unitNote.Message);
    }

    [Fact]
    public void A_vni_workbook_converts_and_a_name_plausible_both_ways_is_kept_and_warned_about()
    {
        // "Tô Thò Hoa" is Unicode as it is and VNI for "Tơ Thị Hoa". The form's labels are Unicode and the names VNI: the file is
        // mixed, nothing decides, so the name is kept and a warning names its cell.
        var bytes = UnitWorkbookWriter.Write(WithTexts("Ñaûng boä xaõ Hoøa Bình", "Nguyeãn Vaên An", "Tô Thò Hoa"));
        var result = UnitWorkbookReader.Read(bytes, "vni.xlsx");

        Assert.Equal("Đảng bộ xã Hòa Bình", result.Report!.Unit.Name);
        Assert.Equal("Nguyễn Văn An", result.Report.MemberList![0].Name);
        Assert.Equal("Tô Thò Hoa", result.Report.MemberList[1].Name);
        var notes = result.Findings.Where(f => f.Code == UnitWorkbookReader.TextLegacy).ToList();
        Assert.True(2 == notes.Count, string.Join("\n", notes.Select(n => n.Message)));
        Assert.All(notes, f => Assert.Contains("VNI", f.Message));
        var warning = Assert.Single(result.Findings, f => f.Code == UnitWorkbookReader.TextAmbiguous);
        Assert.Contains("\"Tơ Thị Hoa\"", warning.Message);
        Assert.Contains("chữ Unicode", warning.Message);
        Assert.Equal(result.Cells.Locate(Finding.Info("x", "memberList[1].name", "")).Cell, warning.Cell);
    }

    [Fact]
    public void The_same_short_name_in_a_unicode_workbook_stays_and_nothing_is_reported()
    {
        var bytes = UnitWorkbookWriter.Write(WithTexts("Đảng bộ xã Hòa Bình", "Tô Thò Hoa", "Hoàn Mỹ"));
        var result = UnitWorkbookReader.Read(bytes, "unicode.xlsx");

        Assert.Equal("Tô Thò Hoa", result.Report!.MemberList![0].Name);
        Assert.DoesNotContain(result.Findings, f => f.Code is UnitWorkbookReader.TextLegacy or UnitWorkbookReader.TextAmbiguous or UnitWorkbookReader.TextNfd);
    }

    [Fact]
    public void Nfd_text_is_composed_and_reported_with_its_cell()
    {
        var nfd = "Nguyễn Văn An".Normalize(NormalizationForm.FormD);
        var bytes = UnitWorkbookWriter.Write(WithTexts("Đảng bộ xã Hòa Bình", nfd));
        var result = UnitWorkbookReader.Read(bytes, "mac.xlsx");

        Assert.Equal("Nguyễn Văn An", result.Report!.MemberList![0].Name);
        var note = Assert.Single(result.Findings, f => f.Code == UnitWorkbookReader.TextNfd);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.NotNull(note.Cell);
    }

    [Fact]
    public void An_ambiguous_name_is_kept_and_warned_about()
    {
        var ambiguous = FindAmbiguous();
        var bytes = UnitWorkbookWriter.Write(WithTexts("Đảng bộ xã Hòa Bình", ambiguous));
        var result = UnitWorkbookReader.Read(bytes, "mixed.xlsx");

        Assert.Equal(ambiguous, result.Report!.MemberList![0].Name);
        var warning = Assert.Single(result.Findings, f => f.Code == UnitWorkbookReader.TextAmbiguous);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("TCVN3 (ABC) (\"", warning.Message);
        Assert.Contains("VNI (\"", warning.Message);
        Assert.NotNull(warning.Cell);
    }

    [Fact]
    public void A_long_legacy_member_list_is_reported_in_a_bounded_number_of_findings()
    {
        var names = Enumerable.Range(0, 60).Select(i => $"NguyÔn V¨n {(char)('A' + i % 26)}{(i / 26 == 0 ? "" : (i / 26).ToString())}").ToArray();
        var full = SampleReports.Full();
        var report = full with
        {
            MemberList = names.Select(n => new MemberEntry { Name = n, Cell = "Chi bé 1", DecidedLevel = RatingLevel.Good }).ToList(),
        };
        var result = UnitWorkbookReader.Read(UnitWorkbookWriter.Write(report), "long.xlsx");

        Assert.All(result.Report!.MemberList!, m => Assert.StartsWith("Nguyễn Văn ", m.Name));
        var notes = result.Findings.Where(f => f.Code == UnitWorkbookReader.TextLegacy).ToList();
        Assert.Equal(UnitWorkbookReader.MaxTextNotes + 1, notes.Count);
        Assert.Contains(notes, f => f.Cell is null && f.Message.Contains("còn"));
        Assert.DoesNotContain(result.Findings, f => f.Code == UnitWorkbookReader.TooManyFindings);
    }

    private static string FindAmbiguous()
    {
        for (var c = 0xA0; c <= 0xFF; c++)
            foreach (var initial in "bcdghklmnpstvx")
                foreach (var final in new[] { "", "n", "m", "c", "t" })
                {
                    var text = $"{initial}{(char)c}{final}";
                    if (Domain.Text.LegacyVietnamese.Resolve(text).Outcome == Domain.Text.LegacyOutcome.Ambiguous) return text;
                }
        throw new InvalidOperationException("no ambiguous sample");
    }
}
