using System.IO.Compression;
using System.Text;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Tests.Workbooks;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using static OfficeReview.OpenXml.Tests.Input.HostileFiles;
using static OfficeReview.OpenXml.Tests.PackageEdit;

namespace OfficeReview.OpenXml.Tests.Input;

/// <summary>
/// The readers of report text, unit lists and unit workbooks on the bounded layer: files that used to overflow the
/// stack in the SDK's DOM loader or expand without limit are refused with a message; nothing here may crash the host.
/// </summary>
public class StreamingReadersTests
{
    [Fact]
    public void A_docx_with_140000_nested_elements_is_refused_not_a_stack_overflow()
    {
        var deep = Docx(Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 70_000));
        Assert.True(deep.Length < 100_000);
        var r = DocxText.Read(deep, "long-sau.docx");
        Assert.False(r.Ok);
        Assert.Contains("long-sau.docx", r.Error);
        Assert.Contains("word/document.xml", r.Error);
        Assert.Contains("Limits:Input:MaxXmlDepth", r.Error);
    }

    [Fact]
    public void A_docx_nested_within_the_bound_is_read_by_streaming()
    {
        var body = Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 100).Replace("<w:sdtContent></w:sdtContent>",
            "<w:sdtContent><w:p><w:r><w:t>Tổng số 42</w:t></w:r></w:p></w:sdtContent>");
        var r = DocxText.Read(Docx(body), "sau-vua.docx");
        Assert.Null(r.Error);
        Assert.Equal(["Tổng số 42"], r.Paragraphs!);
    }

    [Fact]
    public void A_docx_whose_document_part_is_UTF16_without_BOM_is_read_whole()
    {
        var xml = Encoding.Unicode.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>4.336</w:t></w:r></w:p></w:body></w:document>");
        var docx = Zip(("[Content_Types].xml", ContentTypes("word/document.xml", DocxType)), ("_rels/.rels", RootRels("word/document.xml")), ("word/document.xml", xml));
        var r = DocxText.Read(docx, "utf16.docx");
        Assert.Null(r.Error);
        Assert.Equal(["4.336"], r.Paragraphs!);
    }

    [Fact]
    public void A_docx_whose_document_part_declares_another_encoding_is_an_error_naming_the_part()
    {
        var xml = Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"windows-1258\"?><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>é</w:t></w:r></w:p></w:body></w:document>");
        var docx = Zip(("[Content_Types].xml", ContentTypes("word/document.xml", DocxType)), ("_rels/.rels", RootRels("word/document.xml")), ("word/document.xml", xml));
        var r = DocxText.Read(docx, "tcvn.docx");
        Assert.False(r.Ok);
        Assert.Contains("word/document.xml", r.Error);
        Assert.Contains("windows-1258", r.Error);
    }

    [Fact]
    public void Text_in_a_sheet_nested_140000_deep_in_workbook_xml_is_refused_by_the_unit_list_reader()
    {
        var deep = Xlsx(Cell("A1", "Mã"), workbookExtra: Nested("<x>", "</x>", 140_000));
        var r = FirstSheetRows.Read(deep, "don-vi.xlsx");
        Assert.False(r.Ok);
        Assert.Contains("don-vi.xlsx", r.Error);
        Assert.Contains("xl/workbook.xml", r.Error);
        Assert.Contains("Limits:Input:MaxXmlDepth", r.Error);
    }

    [Fact]
    public void The_unit_list_reader_reads_rows_and_stops_at_the_expansion_bound()
    {
        var ok = FirstSheetRows.Read(Xlsx($"<row r=\"2\">{Cell("A2", "Mã")}{Cell("C2", "Loại")}</row><row r=\"3\">{Cell("A3", "T")}<c r=\"B3\"><v>12</v></c></row>"), "ds.xlsx");
        Assert.True(ok.Ok, ok.Error);
        Assert.Equal([2, 3], ok.Rows!.Select(x => x.Line));
        Assert.Equal(["Mã", "", "Loại"], ok.Rows![0].Cells!);
        Assert.Equal(["T", "12"], ok.Rows![1].Cells!);

        // 89 KB that expand to 1.8 GB in the issue: here a sheet of 40 MB of blanks, refused long before it is read.
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", ContentTypes("xl/workbook.xml", XlsxType)), ("_rels/.rels", RootRels("xl/workbook.xml")) })
                using (var s = zip.CreateEntry(name).Open()) s.Write(content);
            var template = Xlsx("");
            using var src = new ZipArchive(new MemoryStream(template));
            foreach (var name in new[] { "xl/workbook.xml", "xl/_rels/workbook.xml.rels" })
            {
                using var s = zip.CreateEntry(name).Open();
                using var e = src.GetEntry(name)!.Open();
                e.CopyTo(s);
            }
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write(Utf8($"<worksheet xmlns=\"{S}\"><sheetData>"));
            var blanks = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (var i = 0; i < 40; i++) sheet.Write(blanks);
            sheet.Write(Utf8("</sheetData></worksheet>"));
        }
        var bomb = FirstSheetRows.Read(ms.ToArray(), "bom.xlsx", InputLimits.Default with { MaxExpandedBytes = 20L * 1024 * 1024, MaxCompressionRatio = 1_000_000 });
        Assert.False(bomb.Ok);
        Assert.Contains("bom.xlsx", bomb.Error);
        Assert.Contains("Limits:Input:MaxExpandedBytes", bomb.Error);
        Assert.True(ms.Length < 1024 * 1024);
    }

    [Fact]
    public void The_unit_list_reader_refuses_cells_beyond_the_bound()
    {
        var rows = string.Concat(Enumerable.Range(1, 50).Select(i => $"<row r=\"{i}\">{Cell($"A{i}", "x")}{Cell($"B{i}", "y")}</row>"));
        var r = FirstSheetRows.Read(Xlsx(rows), "nhieu-o.xlsx", InputLimits.Default with { MaxCells = 60 });
        Assert.False(r.Ok);
        Assert.Contains("Limits:Input:MaxCells", r.Error);
        Assert.Equal(InputCodes.TooManyCells, r.Code);
    }

    private static string FirstSheet(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Order().First();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_unit_workbook_with_a_sheet_in_UTF16_reads_to_the_same_report_never_an_empty_block(bool bom)
    {
        var good = UnitWorkbookWriter.Write(SampleReports.Full());
        var sheet = FirstSheet(good);
        var utf16 = EditBytes(good, sheet, b => [.. (bom ? Encoding.Unicode.GetPreamble() : []),
            .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""))]);
        var original = UnitWorkbookReader.Read(good, "goc.xlsx");
        var converted = UnitWorkbookReader.Read(utf16, "utf16.xlsx");
        Assert.NotNull(converted.Report);
        Assert.Equal(Domain.Contract.UnitReportJson.Write(original.Report!), Domain.Contract.UnitReportJson.Write(converted.Report!));
    }

    [Fact]
    public void A_unit_workbook_with_invalid_UTF8_in_a_sheet_is_unreadable_naming_the_part()
    {
        var good = UnitWorkbookWriter.Write(SampleReports.Full());
        var sheet = FirstSheet(good);
        var broken = EditBytes(good, sheet, b =>
        {
            var at = Encoding.UTF8.GetString(b).IndexOf("<sheetData>", StringComparison.Ordinal);
            var copy = (byte[])b.Clone();
            copy[Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(b)[..at]) + 2] = 0xFF;
            return copy;
        });
        var read = UnitWorkbookReader.Read(broken, "utf8-hong.xlsx");
        Assert.Null(read.Report);
        var f = Assert.Single(read.Findings);
        Assert.Equal(UnitWorkbookReader.Broken, f.Code);
        Assert.Contains("utf8-hong.xlsx", f.Message);
        Assert.Contains(sheet, f.Message);
        Assert.Contains("UTF-8", f.Message);
    }

    [Fact]
    public void A_bomb_in_a_part_the_workbook_reader_never_opens_still_makes_it_unreadable()
    {
        var good = UnitWorkbookWriter.Write(SampleReports.Full());
        var bomb = EditBytes(good, "xl/styles.xml", b => [.. b[..^("</styleSheet>".Length)], .. Encoding.ASCII.GetBytes(new string(' ', 8 * 1024 * 1024)), .. "</styleSheet>"u8.ToArray()]);
        var read = UnitWorkbookReader.Read(bomb, "kieu.xlsx");
        Assert.Null(read.Report);
        var f = Assert.Single(read.Findings);
        Assert.Contains("xl/styles.xml", f.Message);
        Assert.Contains("Limits:Input:MaxCompressionRatio", f.Message);
    }

    [Fact]
    public void A_workbook_xml_nested_140000_deep_is_unreadable_for_the_report_reader_too()
    {
        var good = UnitWorkbookWriter.Write(SampleReports.Full());
        var deep = EditBytes(good, "xl/workbook.xml", b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("<sheets>", Nested("<x>", "</x>", 70_000) + "<sheets>")));
        var read = UnitWorkbookReader.Read(deep, "long-sau.xlsx");
        Assert.Null(read.Report);
        var f = Assert.Single(read.Findings);
        Assert.Equal(InputCodes.XmlTooDeep, f.Code);
        Assert.Contains("xl/workbook.xml", f.Message);
        Assert.Contains("Limits:Input:MaxXmlDepth", f.Message);
    }
}
