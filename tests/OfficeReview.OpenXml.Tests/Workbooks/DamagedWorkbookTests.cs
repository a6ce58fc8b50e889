using System.IO.Compression;
using System.Text;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using static OfficeReview.OpenXml.Tests.PackageEdit;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// Damaged and absurd workbooks (issue #9, items 3 and 6): each either cannot be read, with a message naming the file
/// and the part, or reads with an error finding at the sheet and cell it concerns — never as a clean report.
/// </summary>
public class DamagedWorkbookTests
{
    private const string Members = "xl/worksheets/sheet5.xml"; // "Danh sách đảng viên"
    private const string Leaders = "Lãnh đạo, quản lý";

    private static byte[] Full() => UnitWorkbookWriter.Write(SampleReports.Full());

    private static Finding Unreadable(WorkbookReadResult read, string code)
    {
        Assert.True(read.Report is null, Lines(read));
        var f = Assert.Single(read.Findings);
        Assert.Equal(code, f.Code);
        Assert.Equal(Severity.Error, f.Severity);
        return f;
    }

    private static Finding ErrorAt(WorkbookReadResult read, string code, string sheet, string? cell)
    {
        var f = read.Findings.FirstOrDefault(f => f.Code == code && f.Sheet == sheet && f.Cell == cell);
        Assert.True(f is not null, $"no {code} at {sheet}!{cell}:\n{Lines(read)}");
        Assert.Equal(Severity.Error, f!.Severity);
        return f;
    }

    // ---- sizes come from the data present, never from a declared range ---------------------------------------------

    [Fact]
    public void A_member_table_declared_over_the_whole_grid_costs_only_its_rows()
    {
        const int extra = 20_000;
        var rows = new StringBuilder();
        for (var r = 12; r < 12 + extra; r++)
            rows.Append($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r - 6}</v></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>Đảng viên {r}</t></is></c><c r=\"XFD{r}\"><v>1</v></c></row>");
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", rows + "</sheetData>"));
        bytes = Edit(bytes, "xl/tables/table1.xml", xml => xml.Replace("ref=\"A6:AL11\"", "ref=\"A6:XFD1048576\""));
        Assert.Contains("A6:XFD1048576", Encoding.UTF8.GetString(ReadPart(bytes, "xl/tables/table1.xml")));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = UnitWorkbookReader.Read(bytes, "bang-rong.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(read.Report is not null, Lines(read));
        Assert.Equal(5 + extra, read.Report!.MemberList!.Count);
        Assert.Equal("Đảng viên 12", read.Report.MemberList[5].Name);
        // A row array sized from the declared range would be 16,384 slots (128 KB) per row: 2.6 GB here.
        Assert.True(allocated < 400L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void More_cells_than_the_bound_is_refused_naming_the_bound()
    {
        var f = Unreadable(UnitWorkbookReader.Read(Full(), "nhieu-o.xlsx", new WorkbookLimits { MaxCells = 200 }), UnitWorkbookReader.TooManyCells);
        Assert.Contains("MaxCells", f.Message);
        Assert.Contains("nhieu-o.xlsx", f.Message);
    }

    [Fact]
    public void More_shared_strings_than_the_bound_is_refused_naming_the_bound()
    {
        var f = Unreadable(UnitWorkbookReader.Read(Full(), "nhieu-chuoi.xlsx", new WorkbookLimits { MaxSharedStrings = 10 }), UnitWorkbookReader.TooManyStrings);
        Assert.Contains("MaxSharedStrings", f.Message);
    }

    [Fact]
    public void More_defined_names_than_the_bound_is_refused_naming_the_bound()
    {
        var f = Unreadable(UnitWorkbookReader.Read(Full(), "nhieu-ten.xlsx", new WorkbookLimits { MaxDefinedNames = 10 }), UnitWorkbookReader.TooManyNames);
        Assert.Contains("MaxDefinedNames", f.Message);
    }

    [Fact]
    public void Findings_beyond_the_bound_are_counted_not_listed()
    {
        var rows = new StringBuilder();
        for (var r = 12; r < 112; r++)
            rows.Append($"<row r=\"{r}\"><c r=\"B{r}\" t=\"inlineStr\"><is><t>Đảng viên {r}</t></is></c><c r=\"C{r}\" t=\"inlineStr\"><is><t>năm nào</t></is></c></row>");
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", rows + "</sheetData>"));
        bytes = Edit(bytes, "xl/tables/table1.xml", xml => xml.Replace("ref=\"A6:AL11\"", "ref=\"A6:AL111\""));
        var all = UnitWorkbookReader.Read(bytes, "nhieu-loi.xlsx");
        Assert.Equal(100, all.Findings.Count(f => f.Code == UnitWorkbookReader.NotANumber));
        var bounded = UnitWorkbookReader.Read(bytes, "nhieu-loi.xlsx", new WorkbookLimits { MaxFindings = 30 });
        Assert.Equal(31, bounded.Findings.Count);
        var last = bounded.Findings[^1];
        Assert.Equal(UnitWorkbookReader.TooManyFindings, last.Code);
        Assert.Contains("70", last.Message);
        Assert.Contains("MaxFindings", last.Message);
        Assert.Equal(100, bounded.Report!.MemberList!.Count - 5);
    }

    // ---- entities ---------------------------------------------------------------------------------------------------

    [Fact]
    public void A_million_bare_ampersands_are_damage_not_text()
    {
        var bytes = Edit(Full(), "xl/sharedStrings.xml", xml => xml.Replace("<t>Nghỉ thai sản 4 tháng</t>", "<t>" + new string('&', 1_600_000) + "</t>"));
        // 1,6 MB of '&' compress far beyond the input layer's ratio bound (which refuses it first, naming
        // Limits:Input:MaxCompressionRatio); lifted here so that the entity decoding itself is what is tested.
        var limits = new WorkbookLimits { Input = OfficeReview.OpenXml.Input.InputLimits.Default with { MaxCompressionRatio = 1_000_000 } };
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "va.xlsx", limits), UnitWorkbookReader.Broken);
        Assert.Contains("va.xlsx", f.Message);
        Assert.Contains("xl/sharedStrings.xml", f.Message);
    }

    [Fact]
    public void Bare_ampersands_in_cells_the_form_does_not_read_are_damage_too()
    {
        // Z90 is not a cell of the form: the scanner never decodes it, but the part is still not XML.
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", "<row r=\"90\"><c r=\"Z90\" t=\"inlineStr\"><is><t>" + new string('&', 500_000) + "</t></is></c></row></sheetData>"));
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "va2.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains(Members, f.Message);
        Assert.False(FastXml.EntitiesWellFormed("a &amp; b &#x41; &#65; &lt;&gt;&quot;&apos; &"u8));
        Assert.True(FastXml.EntitiesWellFormed("a &amp; b &#x41; &#65; &lt;&gt;&quot;&apos;"u8));
        Assert.False(FastXml.EntitiesWellFormed("&#xFFFE;"u8));
        Assert.False(FastXml.EntitiesWellFormed("&#x;"u8));
    }

    [Theory]
    [InlineData("&amp")]             // no semicolon
    [InlineData("&nbsp;")]           // not an XML entity
    [InlineData("&#xFFFE;")]         // a character XML forbids
    [InlineData("&#xD800;")]         // a lone surrogate
    [InlineData("&#1;")]             // a control character
    [InlineData("&#x110000;")]       // beyond Unicode
    public void A_malformed_entity_in_a_name_makes_the_part_unreadable(string entity)
    {
        var bytes = Edit(Full(), "xl/sharedStrings.xml", xml => xml.Replace("<t>Nghỉ thai sản 4 tháng</t>", $"<t>Nghỉ {entity} 4 tháng</t>"));
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "thuc-the.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains("xl/sharedStrings.xml", f.Message);
    }

    [Fact]
    public void Well_formed_entities_still_decode()
    {
        Assert.Equal("a & b < c > \"d\" 'e' – 😀", FastXml.Decode("a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos; &#x2013; &#128512;"));
    }

    [Fact]
    public void Decoding_is_linear_in_the_number_of_ampersands()
    {
        // Each '&' looks a bounded distance ahead: a long run of entities decodes, and a run with one bad entity at
        // the very end is refused (the decoder did not give up early and did not look back).
        var good = string.Concat(Enumerable.Repeat("&amp;", 200_000));
        Assert.Equal(new string('&', 200_000), FastXml.Decode(good));
        Assert.Throws<FastXml.UnsupportedException>(() => FastXml.Decode(good + "&"));
    }

    // ---- invalid characters in names --------------------------------------------------------------------------------

    [Fact]
    public void Invalid_utf8_in_a_name_makes_the_file_unreadable_naming_the_part()
    {
        var bytes = EditBytes(Full(), "xl/sharedStrings.xml", b =>
        {
            var text = Encoding.UTF8.GetString(b);
            var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf("Nghỉ thai sản", StringComparison.Ordinal)]);
            var copy = (byte[])b.Clone();
            copy[at] = 0xC3; copy[at + 1] = 0x28; // an invalid two-byte sequence
            return copy;
        });
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "utf8.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains("xl/sharedStrings.xml", f.Message);
        Assert.Contains("utf8.xlsx", f.Message);
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\u0001")]
    public void A_forbidden_character_written_raw_in_a_sheet_makes_it_unreadable(string character)
    {
        var bytes = Edit(Full(), "xl/worksheets/sheet1.xml", xml => xml.Replace("</sheetData>", $"<row r=\"60\"><c r=\"A60\" t=\"inlineStr\"><is><t>x{character}y</t></is></c></row></sheetData>"));
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "ky-tu.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains("xl/worksheets/sheet1.xml", f.Message);
        Assert.Contains("Thông tin", f.Message);
    }

    [Fact]
    public void Text_with_lone_surrogates_and_controls_is_cleaned_without_an_exception()
    {
        Assert.Equal("Nguyễn Văn An", UnitWorkbookReader_WithoutForbidden("Nguyễn\uFFFE Văn\u0007 An\uD800"));
        Assert.Equal("😀 ok", UnitWorkbookReader_WithoutForbidden("😀 ok"));
    }

    [Fact]
    public void Escaped_control_characters_and_lone_surrogates_in_a_name_are_cleaned_without_an_exception()
    {
        // What Excel writes for characters XML cannot carry: _xHHHH_. The decoded text is cleaned like any other.
        var bytes = Edit(Full(), "xl/sharedStrings.xml", xml => xml.Replace("<t>Nghỉ thai sản 4 tháng</t>",
            "<t>Nghỉ_x0007_ thai_xFFFE_ sản_xD800_ 4_x000D__x000A_tháng _x005F_x0041_</t>"));
        var read = UnitWorkbookReader.Read(bytes, "thoat.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        Assert.Equal("Nghỉ thai sản 4 tháng _x0041_", read.Report!.MemberList![1].Note);
        Assert.Equal("a\rb_x12_", SessionStatic("DecodeEscapes", "a_x000D_b_x12_"));
    }

    private static string UnitWorkbookReader_WithoutForbidden(string s) => Domain.Text.VietnameseText.Clean(SessionStatic("WithoutForbidden", s));

    /// <summary>A static helper of the reader's private session class.</summary>
    private static string SessionStatic(string method, string argument) =>
        (string)typeof(UnitWorkbookReader).GetNestedType("Session", System.Reflection.BindingFlags.NonPublic)!
            .GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .Invoke(null, [argument])!;

    // ---- truncation -------------------------------------------------------------------------------------------------

    [Fact]
    public void A_sheet_truncated_at_a_tag_boundary_is_unreadable_naming_the_part()
    {
        var bytes = Edit(Full(), Members, xml => xml[..(xml.IndexOf("</row>", xml.IndexOf("<row r=\"8\"", StringComparison.Ordinal), StringComparison.Ordinal) + 6)]);
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "cat-cut.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains(Members, f.Message);
        Assert.Contains("Danh sách đảng viên", f.Message);
        Assert.Contains("cat-cut.xlsx", f.Message);
    }

    [Fact]
    public void Truncated_shared_strings_are_unreadable()
    {
        var bytes = Edit(Full(), "xl/sharedStrings.xml", xml => xml[..(xml.LastIndexOf("</si>", StringComparison.Ordinal) + 5)]);
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "sst.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains("xl/sharedStrings.xml", f.Message);
    }

    [Fact]
    public void A_missing_sheet_part_is_unreadable_naming_the_part()
    {
        var bytes = EditBytes(Full(), Members, _ => null);
        var f = Unreadable(UnitWorkbookReader.Read(bytes, "thieu.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains(Members, f.Message);
    }

    // ---- cells ------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_shared_string_index_out_of_range_is_an_error_at_its_cell()
    {
        var bytes = Edit(Full(), Members, xml =>
        {
            var start = xml.IndexOf("<c r=\"B8\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</c>", start, StringComparison.Ordinal) + 4;
            return xml[..start] + "<c r=\"B8\" t=\"s\"><v>999999</v></c>" + xml[end..];
        });
        var read = UnitWorkbookReader.Read(bytes, "sst-index.xlsx");
        var f = ErrorAt(read, UnitWorkbookReader.SharedStringMissing, "Danh sách đảng viên", "B8");
        Assert.Contains("999999", f.Message);
    }

    [Theory]
    [InlineData("XFE10")]      // one column beyond XFD
    [InlineData("C1048577")]   // one row beyond the grid
    [InlineData("1C")]         // garbage
    [InlineData("ABCD12")]
    public void A_cell_reference_beyond_the_grid_is_damage_at_its_sheet(string reference)
    {
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", $"<row r=\"60\"><c r=\"{reference}\"><v>5</v></c></row></sheetData>"));
        var read = UnitWorkbookReader.Read(bytes, "ngoai-luoi.xlsx");
        var f = ErrorAt(read, UnitWorkbookReader.DamagedCell, "Danh sách đảng viên", null);
        Assert.Contains(reference, f.Message);
        Assert.Contains("ngoai-luoi.xlsx", f.Message);
    }

    [Theory]
    [InlineData("1048577")]
    [InlineData("abc")]
    [InlineData("0")]
    public void A_row_number_beyond_the_grid_is_damage(string row)
    {
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", $"<row r=\"{row}\"><c><v>5</v></c></row></sheetData>"));
        var read = UnitWorkbookReader.Read(bytes, "dong.xlsx");
        var f = ErrorAt(read, UnitWorkbookReader.DamagedCell, "Danh sách đảng viên", null);
        Assert.Contains(row, f.Message);
    }

    [Fact]
    public void A_repeated_row_is_damage_not_a_second_member()
    {
        var bytes = Edit(Full(), Members, xml =>
        {
            var start = xml.IndexOf("<row r=\"8\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</row>", start, StringComparison.Ordinal) + 6;
            return xml[..end] + xml[start..end] + xml[end..];
        });
        var read = UnitWorkbookReader.Read(bytes, "lap.xlsx");
        ErrorAt(read, UnitWorkbookReader.DamagedCell, "Danh sách đảng viên", "A8");
        Assert.Equal(5, read.Report!.MemberList!.Count);
    }

    [Fact]
    public void Damage_findings_are_bounded_per_sheet()
    {
        var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"<row r=\"{2_000_000 + i}\"><c><v>1</v></c></row>"));
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", rows + "</sheetData>"));
        var read = UnitWorkbookReader.Read(bytes, "nhieu-hong.xlsx");
        var damage = read.Findings.Where(f => f.Code == UnitWorkbookReader.DamagedCell).ToList();
        Assert.InRange(damage.Count, 2, 30);
        Assert.Contains("480", damage[^1].Message);
    }

    [Theory]
    [InlineData("9223372036854775808")]  // Int64.MaxValue + 1
    [InlineData("1E+30")]
    [InlineData("1E+400")]
    [InlineData("NaN")]
    [InlineData("INF")]
    public void A_count_that_cannot_be_held_is_an_error_at_its_cell(string value)
    {
        var bytes = new ProvinceEdits(Full()).Type(Leaders, "C10", value).Save();
        var read = UnitWorkbookReader.Read(bytes, "lon.xlsx");
        var f = read.Findings.FirstOrDefault(f => f.Sheet == Leaders && f.Cell == "C10" && f.Severity == Severity.Error);
        Assert.True(f is not null, Lines(read));
        Assert.Null(read.Report?.LeadershipCollectives?.Total);
    }

    [Theory]
    [InlineData("mười hai", true)]
    [InlineData("12.5", false)]
    [InlineData("-3", false)]
    public void Text_fractions_and_negatives_in_a_count_cell_are_never_clean(string value, bool asText)
    {
        var bytes = new ProvinceEdits(Full()).Type(Leaders, "C10", value, asText).Save();
        var read = UnitWorkbookReader.Read(bytes, "dem.xlsx");
        var findings = read.Findings.ToList();
        if (read.Report is { } report)
            findings.AddRange(read.Locate(Rulesets.ForYear(report.Year).Validate(report)));
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Sheet == Leaders && f.Cell == "C10");
    }

    [Fact]
    public void A_formula_without_a_cached_value_is_an_error_at_its_cell()
    {
        var bytes = Edit(Full(), "xl/worksheets/sheet4.xml", xml =>
        {
            var start = xml.IndexOf("<c r=\"C10\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</c>", start, StringComparison.Ordinal) + 4;
            return xml[..start] + "<c r=\"C10\"><f>SUM(D10:E10)</f></c>" + xml[end..];
        });
        var read = UnitWorkbookReader.Read(bytes, "cong-thuc.xlsx");
        var f = ErrorAt(read, UnitWorkbookReader.FormulaWithoutValue, Leaders, "C10");
        Assert.Contains("công thức", f.Message);
    }

    [Fact]
    public void A_member_row_whose_only_content_is_damaged_is_reported_not_skipped()
    {
        var bytes = Edit(Full(), Members, xml => xml.Replace("</sheetData>", "<row r=\"60\"><c r=\"B60\"><f>A1</f></c></row></sheetData>"));
        bytes = Edit(bytes, "xl/tables/table1.xml", xml => xml.Replace("ref=\"A6:AL11\"", "ref=\"A6:AL60\""));
        var read = UnitWorkbookReader.Read(bytes, "dong-hong.xlsx");
        ErrorAt(read, UnitWorkbookReader.FormulaWithoutValue, "Danh sách đảng viên", "B60");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sheet_in_utf16_is_read_whole_with_or_without_a_bom(bool bom)
    {
        var bytes = EditBytes(Full(), Members, b =>
        {
            var xml = Encoding.UTF8.GetString(b).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").Replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"");
            return [.. (bom ? Encoding.Unicode.GetPreamble() : []), .. Encoding.Unicode.GetBytes(xml)];
        });
        var read = UnitWorkbookReader.Read(bytes, "utf16.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        Assert.Equal(5, read.Report!.MemberList!.Count);
        // Without its byte order mark the part breaks XML 1.0 (4.3.3): read whole, but said.
        if (bom) Assert.Empty(read.Findings);
        else Assert.Equal(UnitWorkbookReader.PartEncoding, Assert.Single(read.Findings).Code);
    }

    [Fact]
    public void A_member_table_whose_range_cannot_be_read_is_an_error_not_an_empty_list()
    {
        var bytes = Edit(Full(), "xl/tables/table1.xml", xml => xml.Replace("ref=\"A6:AL11\"", "ref=\"A6:XFE11\""));
        var read = UnitWorkbookReader.Read(bytes, "bang-hong.xlsx");
        var f = read.Findings.FirstOrDefault(f => f.Code == UnitWorkbookReader.BrokenName && f.Path == "memberList");
        Assert.True(f is not null, Lines(read));
        Assert.Equal(Severity.Error, f!.Severity);
        Assert.Contains("A6:XFE11", f.Message);
    }

    [Fact]
    public void Rows_and_cells_without_references_are_placed_by_position()
    {
        // Producers may leave out r on rows and cells (ECMA-376 allows it): the member rows then follow each other.
        var bytes = Edit(Full(), Members, xml =>
        {
            xml = System.Text.RegularExpressions.Regex.Replace(xml, "<c r=\"[A-Z]+([0-9]+)\"", m => int.Parse(m.Groups[1].Value) >= 7 ? "<c" : m.Value);
            return System.Text.RegularExpressions.Regex.Replace(xml, "<row r=\"([0-9]+)\"", m => int.Parse(m.Groups[1].Value) >= 8 ? "<row" : m.Value);
        });
        Assert.DoesNotContain("r=\"B9\"", Encoding.UTF8.GetString(ReadPart(bytes, Members)));
        var read = UnitWorkbookReader.Read(bytes, "khong-dia-chi.xlsx");
        var expected = UnitWorkbookReader.Read(Full(), "x.xlsx");
        Assert.Empty(read.Findings);
        Assert.Equal(Domain.Contract.UnitReportJson.Write(expected.Report!), Domain.Contract.UnitReportJson.Write(read.Report!));
        Assert.Equal(new CellAddress("Danh sách đảng viên", "B9"), read.Cells.Get("memberList[2].name"));
    }

    // ---- the fast path still takes what producers write -------------------------------------------------------------

    [Fact]
    public void Every_part_of_a_good_workbook_passes_the_scanner_gates()
    {
        using var zip = new ZipArchive(new MemoryStream(Full()), ZipArchiveMode.Read);
        foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var b = ReadPart(Full(), e.FullName);
            Assert.True(FastXml.Scannable(b), e.FullName);
        }
        Assert.NotNull(FastXml.TryReadSharedStrings(ReadPart(Full(), "xl/sharedStrings.xml"), int.MaxValue, () => new InvalidOperationException()));
        Assert.True(FastXml.TryReadWorkbook(ReadPart(Full(), "xl/workbook.xml"), [], []));
        var truncated = ReadPart(Full(), "xl/workbook.xml");
        Assert.False(FastXml.TryReadWorkbook(truncated[..(truncated.AsSpan().IndexOf("</sheets>"u8) + 9)], [], []));
    }
}
