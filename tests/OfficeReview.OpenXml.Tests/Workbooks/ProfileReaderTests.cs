using ClosedXML.Excel;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks.Profiles;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>Untagged workbooks of another layout (last year's, typed with .VnTime fonts) read through a mapping profile.</summary>
public class ProfileReaderTests
{
    private sealed record OldFigures(string Code, string NameTcvn3, string NameUnicode, long Members, long Rated, long Excellent, long Good, long Complete, long NotComplete, long Cells, long CellsExcellent);

    private static readonly OldFigures[] s_units =
    [
        new("HB.01", "§¶ng bé x· T©n L¹c", "Đảng bộ xã Tân Lạc", 118, 112, 11, 80, 20, 1, 9, 1),
        new("HB.02", "§¶ng bé ph­êng Kú S¬n", "Đảng bộ phường Kỳ Sơn", 131, 125, 14, 88, 22, 1, 12, 2),
        new("HB.03", "§¶ng bé x· M­êng ChiÒng", "Đảng bộ xã Mường Chiềng", 96, 90, 9, 63, 17, 1, 8, 1),
    ];

    /// <summary>Last year's layout: one sheet, labels typed in TCVN3 (.VnTime), figures in a table with a two-row title above.</summary>
    private static byte[] OldWorkbook(OldFigures f, bool sheetRenamed = false)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet(sheetRenamed ? "Bieu 2024" : "BC2024");
        ws.Cell("A1").Value = "§¶NG Bé TØNH HßA B×NH";
        ws.Range("A1:H1").Merge().Style.Font.Bold = true;
        ws.Cell("A3").Value = "B¸o c¸o kÕt qu¶ ®¸nh gi¸, xÕp lo¹i chÊt l­îng n¨m 2024";
        ws.Cell("A5").Value = "Tªn ®¬n vÞ:"; ws.Cell("B5").Value = f.NameTcvn3;
        ws.Cell("A6").Value = "M· ®¬n vÞ:"; ws.Cell("B6").Value = f.Code;
        string[] headers = ["Néi dung", "Tæng sè", "Kh«ng xÕp lo¹i", "§­îc xÕp lo¹i", "HTXSNV", "HTTNV", "HTNV", "KHTNV"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(8, i + 1).Value = headers[i];
        ws.Range("A8:H8").Style.Fill.BackgroundColor = XLColor.LightBlue;
        ws.Cell("A9").Value = "§¶ng viªn";
        object[] members = [f.Members, f.Members - f.Rated, f.Rated, f.Excellent, f.Good, f.Complete, f.NotComplete];
        for (var i = 0; i < members.Length; i++) ws.Cell(9, i + 2).Value = members[i];
        ws.Cell("A10").Value = "Ghi chó: kh«ng tÝnh ®¶ng viªn míi kÕt n¹p";
        ws.Cell("A11").Value = "Chi bé trùc thuéc";
        object[] cells = [f.Cells, 0, f.Cells, f.CellsExcellent, f.Cells - f.CellsExcellent, 0, 0];
        for (var i = 0; i < cells.Length; i++) ws.Cell(11, i + 2).Value = cells[i];
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static MappingProfile Profile()
    {
        var entries = new List<ProfileEntry>
        {
            new() { Figure = "OR_Year", Value = "2024" },
            new() { Figure = "OR_Unit_Kind", Value = "Đảng bộ cơ sở" },
            new() { Figure = "OR_Unit_Code", RowLabel = "Mã đơn vị:" },
            new() { Figure = "OR_Unit_Name", RowLabel = "Tên đơn vị:" },
        };
        (string Suffix, string Header)[] columns =
            [("Total", "Tổng số"), ("NotRated", "Không xếp loại"), ("Rated", "Được xếp loại"), ("Excellent", "HTXSNV"), ("Good", "HTTNV"), ("Complete", "HTNV"), ("NotComplete", "KHTNV")];
        foreach (var (suffix, header) in columns)
        {
            entries.Add(new ProfileEntry { Figure = "OR_Mem_" + suffix, RowLabel = "Đảng viên", ColumnLabel = header });
            entries.Add(new ProfileEntry { Figure = "OR_Org_Cells_" + suffix, RowLabel = "Chi bộ trực thuộc", ColumnLabel = header });
        }
        return new MappingProfile { Name = "Mẫu báo cáo 2024 của tỉnh", Entries = entries };
    }

    [Fact]
    public void A_profile_reads_every_untagged_workbook_of_the_layout_with_every_figure_accounted_for()
    {
        foreach (var f in s_units)
        {
            var result = ProfileReader.Read(OldWorkbook(f, sheetRenamed: f.Code == "HB.02"), $"{f.Code}-2024.xlsx", Profile());

            Assert.Empty(result.NotFound);
            Assert.DoesNotContain(result.Findings, x => x.Severity == Severity.Error);
            var r = result.Report!;
            Assert.Equal(2024, r.Year);
            Assert.Equal((f.Code, f.NameUnicode, UnitKind.BaseCommittee), (r.Unit.Code, r.Unit.Name, r.Unit.Kind));
            Assert.Equal((f.Members, f.Rated, f.Excellent, f.Good, f.Complete, f.NotComplete),
                (r.Members!.Total!.Value, r.Members.Rated!.Value, r.Members.Excellent!.Value, r.Members.Good!.Value, r.Members.Complete!.Value, r.Members.NotComplete!.Value));
            Assert.Equal((f.Cells, f.CellsExcellent), (r.Organizations!.SubordinateCells!.Total!.Value, r.Organizations.SubordinateCells.Excellent!.Value));
            // The figures come from the cells the labels point at, named as such; the TCVN3 name was converted and said.
            Assert.Contains(result.Located, l => l.Name == "OR_Mem_Excellent" && l.Cell == "E9");
            Assert.Contains(result.Located, l => l.Name == "OR_Org_Cells_Total" && l.Cell == "B11");
            var note = Assert.Single(result.Findings, x => x.Code == UnitWorkbookReader.TextLegacy);
            Assert.Equal("B5", note.Cell);
        }
    }

    [Fact]
    public void Each_figure_the_profile_cannot_find_is_reported()
    {
        var profile = Profile() with
        {
            Entries = [.. Profile().Entries, new ProfileEntry { Figure = "OR_Ldr_Total", RowLabel = "Cán bộ lãnh đạo, quản lý", ColumnLabel = "Tổng số" },
                new ProfileEntry { Figure = "OR_Lc_Total", Sheet = "Không có", Cell = "C9" }],
        };
        var result = ProfileReader.Read(OldWorkbook(s_units[0]), "HB.01-2024.xlsx", profile);

        Assert.Equal(["OR_Ldr_Total", "OR_Lc_Total"], result.NotFound);
        Assert.All(result.Findings.Where(f => f.Code == ProfileReader.FigureNotFound), f =>
        {
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains("HB.01-2024.xlsx", f.Message);
        });
        Assert.Equal(118, result.Report!.Members!.Total);
    }

    /// <summary>The same layout typed with the VNI-Times font: labels and the name in VNI.</summary>
    private static byte[] VniWorkbook(OldFigures f)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("BC2024");
        ws.Cell("A5").Value = "Teân ñôn vò:"; ws.Cell("B5").Value = "Ñaûng boä phöôøng Kyø Sôn";
        ws.Cell("A6").Value = "Maõ ñôn vò:"; ws.Cell("B6").Value = f.Code;
        string[] headers = ["Noäi dung", "Toång soá", "Khoâng xeáp loaïi", "Ñöôïc xeáp loaïi", "HTXSNV", "HTTNV", "HTNV", "KHTNV"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(8, i + 1).Value = headers[i];
        ws.Cell("A9").Value = "Ñaûng vieân";
        object[] members = [f.Members, f.Members - f.Rated, f.Rated, f.Excellent, f.Good, f.Complete, f.NotComplete];
        for (var i = 0; i < members.Length; i++) ws.Cell(9, i + 2).Value = members[i];
        ws.Cell("A11").Value = "Chi boä tröïc thuoäc";
        object[] cells = [f.Cells, 0, f.Cells, f.CellsExcellent, f.Cells - f.CellsExcellent, 0, 0];
        for (var i = 0; i < cells.Length; i++) ws.Cell(11, i + 2).Value = cells[i];
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    [Fact]
    public void A_vni_workbook_is_read_through_the_same_profile_and_its_name_converted_at_its_cell()
    {
        var f = s_units[1];
        var result = ProfileReader.Read(VniWorkbook(f), "ky-son.xlsx", Profile());

        Assert.Empty(result.NotFound);
        Assert.Equal(("HB.02", "Đảng bộ phường Kỳ Sơn"), (result.Report!.Unit.Code, result.Report.Unit.Name));
        Assert.Equal((f.Members, f.Excellent), (result.Report.Members!.Total!.Value, result.Report.Members.Excellent!.Value));
        var note = Assert.Single(result.Findings, x => x.Code == UnitWorkbookReader.TextLegacy);
        Assert.Equal(("B5", Severity.Info), (note.Cell, note.Severity));
        Assert.Contains("VNI", note.Message);
        // The named copy is what the reader read: read again, the same figures.
        Assert.Equal(f.Members, UnitWorkbookReader.Read(result.Named!, "ky-son.xlsx").Report!.Members!.Total);
    }

    [Fact]
    public void A_profile_is_cleaned_to_nfc_and_every_entry_at_fault_is_named()
    {
        var nfd = "Đảng viên".Normalize(System.Text.NormalizationForm.FormD);
        var (clean, problems) = MappingProfiles.Normalize(new MappingProfile
        {
            Name = "  Hồ sơ  " + nfd,
            Entries = [new ProfileEntry { Figure = "or_mem_total", RowLabel = nfd, ColumnLabel = "Tổng số" }, new ProfileEntry { Figure = "OR_Year", Value = "2024" },
                new ProfileEntry { Figure = "OR_Mem_Rated", Sheet = "BC", Cell = "$d$9" }],
        });
        Assert.Empty(problems);
        Assert.Equal("Hồ sơ Đảng viên", clean!.Name);
        Assert.Equal(("OR_Mem_Total", "Đảng viên"), (clean.Entries[0].Figure, clean.Entries[0].RowLabel)); // the contract's spelling, NFC
        Assert.Equal("D9", clean.Entries[2].Cell);

        var (bad, why) = MappingProfiles.Normalize(new MappingProfile
        {
            Name = "",
            Entries = [new ProfileEntry { Figure = "OR_Khong_Co", Value = "1" }, new ProfileEntry { Figure = "OR_Mem_Total", Cell = "B9", RowLabel = "Đảng viên" },
                new ProfileEntry { Figure = "OR_Mem_Rated", Cell = "D9" }, new ProfileEntry { Figure = "OR_Mem_Good", Sheet = "BC", Cell = "Z" },
                new ProfileEntry { Figure = "OR_Year", Value = "2024" }, new ProfileEntry { Figure = "or_year", Value = "2025" },
                new ProfileEntry { Figure = "OR_Mem_Complete", ColumnLabel = "HTNV", Value = "3" }],
        });
        Assert.Null(bad);
        Assert.Equal(7, why.Count);
        Assert.Contains(why, p => p.Contains("chưa có tên"));
        Assert.Contains(why, p => p.Contains("OR_Khong_Co"));
        Assert.Contains(why, p => p.StartsWith("Dòng ánh xạ 2 (OR_Mem_Total)", StringComparison.Ordinal) && p.Contains("đúng một cách tìm"));
        Assert.Contains(why, p => p.StartsWith("Dòng ánh xạ 3 (OR_Mem_Rated)", StringComparison.Ordinal) && p.Contains("cần tên trang tính"));
        Assert.Contains(why, p => p.StartsWith("Dòng ánh xạ 4 (OR_Mem_Good)", StringComparison.Ordinal) && p.Contains("không phải địa chỉ một ô"));
        Assert.Contains(why, p => p.StartsWith("Dòng ánh xạ 6 (OR_Year)", StringComparison.Ordinal) && p.Contains("hai lần"));
        Assert.Contains(why, p => p.StartsWith("Dòng ánh xạ 7 (OR_Mem_Complete)", StringComparison.Ordinal) && p.Contains("nhãn cột cần đi cùng nhãn dòng"));
    }

    [Fact]
    public void A_file_that_is_no_workbook_gives_a_finding_not_an_exception()
    {
        var result = ProfileReader.Read([0x50, 0x4B, 1, 2, 3, 4], "hong.xlsx", Profile());
        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error);
    }
}

/// <summary>The mapping grid's suggestions on the province's own (untagged) workbook.</summary>
public class FormSuggestionTests
{
    [Fact]
    public void Labels_next_to_the_figures_suggest_their_cells()
    {
        var suggestions = OfficeReview.OpenXml.Workbooks.Profiles.FormSuggestions.Suggest(ProvinceWorkbook.Build()).ToDictionary(s => s.Name, s => (s.Sheet, s.Cell));
        // Where the layout has the usual labels, the suggestion is the cell the admin tags in the pane.
        foreach (var name in new[] { "OR_Unit_Name", "OR_Mem_Total", "OR_Mem_Exempt_Suspended", "OR_Mem_Excellent", "OR_Mem_NotComplete", "OR_Org_Cells_Good", "OR_Org_Base_Rated" })
        {
            var expected = ProvinceWorkbook.Tags.Single(t => t.Name == name);
            Assert.True(suggestions.TryGetValue(name, out var got), $"no suggestion for {name}");
            Assert.Equal((expected.Sheet, expected.Cell), got);
        }
        // Nothing is suggested for blocks the workbook has no row for.
        Assert.DoesNotContain(suggestions.Keys, k => k.StartsWith("OR_Ldr_", StringComparison.Ordinal));
    }
}
