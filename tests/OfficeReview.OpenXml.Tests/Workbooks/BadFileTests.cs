using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using static OfficeReview.OpenXml.Tests.PackageEdit;

namespace OfficeReview.OpenXml.Tests.Workbooks;

public class BadFileTests
{
    private static byte[] Good() => UnitWorkbookWriter.Write(SampleReports.Full());

    private static Domain.Rules.Finding Single(WorkbookReadResult read, string code)
    {
        Assert.Null(read.Report);
        var finding = Assert.Single(read.Findings);
        Assert.Equal(code, finding.Code);
        return finding;
    }

    [Fact]
    public void Not_a_zip()
    {
        var f = Single(UnitWorkbookReader.Read(Encoding.UTF8.GetBytes("Họ và tên;Năm sinh\n"), "danh-sach.xlsx"), UnitWorkbookReader.NotZip);
        Assert.Contains("danh-sach.xlsx", f.Message);
    }

    [Fact]
    public void Legacy_xls_or_password_protected_workbook_asks_to_save_as_xlsx()
    {
        var ole = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        var f = Single(UnitWorkbookReader.Read(ole, "bieu-cu.xls"), UnitWorkbookReader.LegacyOrEncrypted);
        Assert.Contains("bieu-cu.xls", f.Message);
        Assert.Contains("lưu lại dưới dạng .xlsx", f.Message);
    }

    [Fact]
    public void Truncated_zip_is_broken_not_a_crash()
    {
        var good = Good();
        var f = Single(UnitWorkbookReader.Read(good[..(good.Length / 2)], "dut.xlsx"), UnitWorkbookReader.Broken);
        Assert.Contains("dut.xlsx", f.Message);
    }

    [Fact]
    public void Xlsm_is_read_and_macros_ignored()
    {
        var xlsm = Rezip(Good(), (_, c) => c, ("xl/vbaProject.bin", [1, 2, 3, 4]));
        var read = UnitWorkbookReader.Read(xlsm, "co-macro.xlsm");
        Assert.NotNull(read.Report);
        var info = Assert.Single(read.Findings);
        Assert.Equal(UnitWorkbookReader.MacrosIgnored, info.Code);
        Assert.Equal(Domain.Rules.Severity.Info, info.Severity);
    }

    [Fact]
    public void A_workbook_that_is_not_our_form_says_which_template_to_use()
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            ws.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", CellValue = new CellValue("Danh sách"), DataType = CellValues.String }) { RowIndex = 1 }));
            wb.Workbook.AppendChild(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = wb.GetIdOfPart(ws) }));
        }
        var f = Single(UnitWorkbookReader.Read(ms.ToArray(), "bang-khac.xlsx"), UnitWorkbookReader.NotAForm);
        Assert.Contains("bang-khac.xlsx", f.Message);
        Assert.Contains("không phải biểu mẫu", f.Message);
        Assert.Contains(WorkbookSchema.TemplateVersion, f.Message);
    }

    [Fact]
    public void Expansion_beyond_the_bound_is_refused_naming_the_bound()
    {
        var f = Single(UnitWorkbookReader.Read(Good(), "lon.xlsx", new WorkbookLimits { MaxExpandedBytes = 50_000 }), UnitWorkbookReader.TooLargeExpanded);
        Assert.Contains("MaxExpandedBytes", f.Message);
        Assert.Contains("50.000", f.Message);
    }

    [Fact]
    public void Too_many_entries_is_refused_naming_the_bound()
    {
        var f = Single(UnitWorkbookReader.Read(Good(), "nhieu.xlsx", new WorkbookLimits { MaxEntries = 5 }), UnitWorkbookReader.TooManyEntries);
        Assert.Contains("MaxEntries", f.Message);
    }

    [Fact]
    public void Too_many_rows_is_refused_naming_the_bound_and_the_sheet()
    {
        var f = Single(UnitWorkbookReader.Read(Good(), "dai.xlsx", new WorkbookLimits { MaxRows = 30 }), UnitWorkbookReader.TooManyRows);
        Assert.Contains("MaxRows", f.Message);
        Assert.Contains("dai.xlsx", f.Message);
    }

    [Fact]
    public void Too_large_file_is_refused()
    {
        var f = Single(UnitWorkbookReader.Read(Good(), "to.xlsx", new WorkbookLimits { MaxFileBytes = 1000 }), UnitWorkbookReader.TooLarge);
        Assert.Contains("MaxFileBytes", f.Message);
    }

    [Fact]
    public void Xml_with_a_DTD_is_refused()
    {
        var bomb = Rezip(Good(), (name, c) => name == "xl/sharedStrings.xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(c).Replace("<sst ", "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst "))
            : c);
        var f = Single(UnitWorkbookReader.Read(bomb, "dtd.xlsx"), UnitWorkbookReader.DtdForbidden);
        Assert.Contains("dtd.xlsx", f.Message);
    }

    [Fact]
    public void A_deleted_defined_name_is_reported_not_thrown()
    {
        var broken = Rezip(Good(), (name, c) => name == "xl/workbook.xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(c).Replace("&apos;Thông tin&apos;!$B$9<", "#REF!<"))
            : c);
        var read = UnitWorkbookReader.Read(broken, "mat-ten.xlsx");
        Assert.Null(read.Report);
        Assert.Contains(read.Findings, f => f.Code == UnitWorkbookReader.BrokenName && f.Message.Contains(WorkbookSchema.Year));
    }
}

public class XmlShapeTests
{
    private static byte[] Edit(string part, Func<string, string> edit)
    {
        var bytes = UnitWorkbookWriter.Write(SampleReports.Full());
        using var input = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var ms = new MemoryStream();
        using (var output = new ZipArchive(ms, ZipArchiveMode.Create, true))
            foreach (var e in input.Entries)
            {
                using var s = e.Open();
                using var r = new StreamReader(s);
                var text = r.ReadToEnd();
                using var w = new StreamWriter(output.CreateEntry(e.FullName).Open(), new UTF8Encoding(false));
                w.Write(e.FullName == part ? edit(text) : text);
            }
        return ms.ToArray();
    }

    [Fact]
    public void Cdata_and_entities_in_a_sheet_read_through_the_xml_reader_fallback()
    {
        // sheet5.xml is "Danh sách đảng viên": make the first name an inline string with CDATA and an entity.
        var bytes = Edit("xl/worksheets/sheet5.xml", xml =>
        {
            var start = xml.IndexOf("<c r=\"B7\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</c>", start, StringComparison.Ordinal) + 4;
            return xml[..start] + "<c r=\"B7\" s=\"12\" t=\"inlineStr\"><is><t><![CDATA[Nguyễn Văn An]]></t></is></c>" + xml[end..];
        });
        var read = UnitWorkbookReader.Read(bytes, "cdata.xlsx");
        Assert.Empty(read.Findings);
        Assert.Equal("Nguyễn Văn An", read.Report!.MemberList![0].Name);
    }

    [Fact]
    public void Prefixed_elements_and_escaped_text_read_on_the_fast_path()
    {
        var bytes = Edit("xl/worksheets/sheet5.xml", xml => xml
            .Replace("<worksheet xmlns=", "<x:worksheet xmlns:x=").Replace("</worksheet>", "</x:worksheet>")
            .Replace("<sheetData>", "<x:sheetData>").Replace("</sheetData>", "</x:sheetData>")
            .Replace("<row ", "<x:row ").Replace("</row>", "</x:row>")
            .Replace("<c ", "<x:c ").Replace("</c>", "</x:c>").Replace("<v>", "<x:v>").Replace("</v>", "</x:v>")
            .Replace("<f>", "<x:f>").Replace("</f>", "</x:f>")
            .Replace("<sheetPr>", "<x:sheetPr>").Replace("</sheetPr>", "</x:sheetPr>"));
        var noted = Edit("xl/sharedStrings.xml", xml => xml.Replace("<t>Nghỉ thai sản 4 tháng</t>", "<t>Nghỉ thai sản &amp; ốm &#x2013; 4 tháng</t>"));
        var read = UnitWorkbookReader.Read(bytes, "prefix.xlsx");
        Assert.True(read.Report is not null, string.Join("\n", read.Findings.Select(f => f.Message)));
        Assert.Equal(5, read.Report!.MemberList!.Count);
        var note = UnitWorkbookReader.Read(noted, "note.xlsx").Report!.MemberList![1].Note;
        Assert.Equal("Nghỉ thai sản & ốm – 4 tháng", note);
    }
}
