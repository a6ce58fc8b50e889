using System.Text;
using System.Text.RegularExpressions;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using static OfficeReview.OpenXml.Tests.PackageEdit;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// Issue #9: a damaged or absurd workbook is unreadable or has error findings, never clean — parts in UTF-16 without a
/// byte order mark, absurd declared ranges, dangling relationships, Strict Open XML.
/// </summary>
public class ReaderTrustTests
{
    private const string Members = "xl/worksheets/sheet5.xml"; // "Danh sách đảng viên"
    private const string Table = "xl/tables/table1.xml";

    private static byte[] Full() => UnitWorkbookWriter.Write(SampleReports.Full());

    private static Finding Error(WorkbookReadResult read, string code)
    {
        var f = read.Findings.FirstOrDefault(f => f.Code == code);
        Assert.True(f is not null, $"no {code}:\n{Lines(read)}");
        Assert.Equal(Severity.Error, f!.Severity);
        return f;
    }

    private static readonly string s_json = Domain.Contract.UnitReportJson.Write(UnitWorkbookReader.Read(Full(), "goc.xlsx").Report!);

    [Fact]
    public void The_sample_workbook_reads_clean()
    {
        var read = UnitWorkbookReader.Read(Full(), "goc.xlsx");
        Assert.True(read.Report is not null && read.Findings.Count == 0, Lines(read));
    }

    // ---- UTF-16 without a byte order mark ---------------------------------------------------------------------------

    [Theory]
    [InlineData(Members, "Danh sách đảng viên", false)]
    [InlineData(Members, "Danh sách đảng viên", true)]
    [InlineData("xl/worksheets/sheet3.xml", null, false)]
    [InlineData("xl/sharedStrings.xml", null, false)]
    [InlineData("xl/workbook.xml", null, false)]
    [InlineData(Table, null, false)]
    [InlineData("xl/_rels/workbook.xml.rels", null, false)]
    public void A_part_in_utf16_without_bom_is_read_whole_but_is_an_error_naming_the_part(string part, string? sheet, bool bigEndian)
    {
        var bytes = EditBytes(Full(), part, b => new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Encoding.UTF8.GetString(b)));
        var read = UnitWorkbookReader.Read(bytes, "utf16.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        // No figure lost: the report is the same as the original's.
        Assert.Equal(s_json, Domain.Contract.UnitReportJson.Write(read.Report!));
        var f = Assert.Single(read.Findings);
        Assert.Equal(UnitWorkbookReader.PartEncoding, f.Code);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("utf16.xlsx", f.Message);
        Assert.Contains(part, f.Message);
        Assert.Contains("BOM", f.Message);
        Assert.Contains("lưu lại bằng Excel", f.Message);
        if (sheet is not null) Assert.Equal(sheet, f.Sheet);
    }

    [Fact]
    public void A_part_in_utf16_with_its_bom_and_declaration_stays_clean()
    {
        var bytes = EditBytes(Full(), Members, b =>
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase))]);
        var read = UnitWorkbookReader.Read(bytes, "utf16-bom.xlsx");
        Assert.True(read.Report is not null && read.Findings.Count == 0, Lines(read));
    }

    [Fact]
    public void A_part_in_utf16_with_bom_declaring_utf8_is_an_error()
    {
        var xml = PartText(Full(), Members);
        Assert.Contains("encoding=\"UTF-8\"", xml, StringComparison.OrdinalIgnoreCase);
        var bytes = EditBytes(Full(), Members, b => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))]);
        var read = UnitWorkbookReader.Read(bytes, "utf16-utf8.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        var f = Error(read, UnitWorkbookReader.PartEncoding);
        Assert.Contains(Members, f.Message);
        Assert.Contains("UTF-8", f.Message, StringComparison.OrdinalIgnoreCase);
    }

    // ---- absurd declared ranges ------------------------------------------------------------------------------------

    [Fact]
    public void A_member_table_over_the_whole_grid_is_an_error_naming_range_and_bound()
    {
        Assert.Contains("ref=\"A6:AL11\"", PartText(Full(), Table));
        var read = UnitWorkbookReader.Read(Edit(Full(), Table, x => Regex.Replace(x, "<table ([^>]*)ref=\"A6:AL11\"", "<table $1ref=\"A6:XFD1048576\"")), "bang.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        Assert.Equal(5, read.Report!.MemberList!.Count);
        var f = Error(read, UnitWorkbookReader.RangeTooLarge);
        Assert.Equal("Danh sách đảng viên", f.Sheet);
        Assert.Equal("A6:XFD1048576", f.Cell);
        Assert.Contains("A6:XFD1048576", f.Message);
        Assert.Contains("Limits:Input:MaxRows", f.Message);
        // Only the table range was absurd, not its filter.
        Assert.Single(read.Findings, x => x.Code == UnitWorkbookReader.RangeTooLarge);
    }

    [Fact]
    public void A_range_within_the_bounds_is_no_finding_and_the_bound_is_what_decides()
    {
        var bytes = Edit(Full(), Table, x => x.Replace("ref=\"A6:AL11\"", "ref=\"A6:AL500\""));
        var read = UnitWorkbookReader.Read(bytes, "bang.xlsx");
        Assert.DoesNotContain(read.Findings, f => f.Code == UnitWorkbookReader.RangeTooLarge);
        var bounded = UnitWorkbookReader.Read(bytes, "bang.xlsx", new WorkbookLimits { MaxRows = 100 });
        var f = Error(bounded, UnitWorkbookReader.RangeTooLarge);
        Assert.Contains("100 dòng", f.Message);
    }

    [Fact]
    public void A_table_wider_than_the_form_columns_is_an_error()
    {
        var read = UnitWorkbookReader.Read(Edit(Full(), Table, x => Regex.Replace(x, "<table ([^>]*)ref=\"A6:AL11\"", "<table $1ref=\"A6:XFD11\"")), "rong.xlsx");
        var f = Error(read, UnitWorkbookReader.RangeTooLarge);
        Assert.Contains("256 cột", f.Message);
        Assert.Contains("16.384 cột", f.Message);
    }

    [Fact]
    public void An_autofilter_over_the_whole_grid_is_an_error()
    {
        Assert.Contains("<autoFilter ref=\"A6:AL11\"", PartText(Full(), Table));
        var read = UnitWorkbookReader.Read(Edit(Full(), Table, x => x.Replace("<autoFilter ref=\"A6:AL11\"", "<autoFilter ref=\"A6:XFD1048576\"")), "loc.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        var f = Error(read, UnitWorkbookReader.RangeTooLarge);
        Assert.Contains("bộ lọc", f.Message);
        Assert.Contains("A6:XFD1048576", f.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_sheet_dimension_over_the_whole_grid_is_an_error_by_either_reader(bool cdata)
    {
        Assert.Contains("<dimension ref=\"", PartText(Full(), Members));
        var bytes = Edit(Full(), Members, x =>
        {
            x = Regex.Replace(x, "<dimension ref=\"[^\"]*\"", "<dimension ref=\"A1:XFD1048576\"");
            // CDATA sends the sheet to the XmlReader fallback.
            return cdata ? x.Replace("</sheetData>", "<row r=\"900\"><c r=\"Z900\" t=\"inlineStr\"><is><t><![CDATA[x]]></t></is></c></row></sheetData>") : x;
        });
        var read = UnitWorkbookReader.Read(bytes, "kich-thuoc.xlsx");
        Assert.True(read.Report is not null, Lines(read));
        var f = Error(read, UnitWorkbookReader.RangeTooLarge);
        Assert.Equal("Danh sách đảng viên", f.Sheet);
        Assert.Contains("dimension", f.Message);
        Assert.Single(read.Findings, x => x.Code == UnitWorkbookReader.RangeTooLarge);
    }

    [Fact]
    public void A_value_in_the_last_cell_of_the_grid_inside_an_absurd_table_is_an_error()
    {
        var bytes = Edit(Full(), Members, x => x.Replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>cuối</t></is></c></row></sheetData>"));
        bytes = Edit(bytes, Table, x => Regex.Replace(x, "<table ([^>]*)ref=\"A6:AL11\"", "<table $1ref=\"A6:XFD1048576\""));
        var read = UnitWorkbookReader.Read(bytes, "o-cuoi.xlsx");
        Error(read, UnitWorkbookReader.RangeTooLarge);
    }

    // ---- dangling relationships ------------------------------------------------------------------------------------

    [Fact]
    public void A_table_part_missing_from_the_package_is_an_error_naming_it()
    {
        var read = UnitWorkbookReader.Read(EditBytes(Full(), Table, _ => null), "thieu-bang.xlsx");
        var f = Error(read, UnitWorkbookReader.PartMissing);
        Assert.Contains(Table, f.Message);
        Assert.Contains("thieu-bang.xlsx", f.Message);
        Assert.Equal("Danh sách đảng viên", f.Sheet);
    }

    [Fact]
    public void A_sheet_whose_part_or_relationship_is_missing_is_an_error_naming_it()
    {
        // A sheet holding none of the form's cells: its absence does not stop the reading, but is said.
        var wb = PartText(Full(), "xl/workbook.xml");
        var rels = PartText(Full(), "xl/_rels/workbook.xml.rels");
        var bytes = Edit(Full(), "xl/workbook.xml", x => x.Replace("</sheets>", "<sheet name=\"Phụ\" sheetId=\"99\" r:id=\"rId99\"/><sheet name=\"Phụ 2\" sheetId=\"98\" r:id=\"rId98\"/></sheets>"));
        bytes = Edit(bytes, "xl/_rels/workbook.xml.rels", x => x.Replace("</Relationships>",
            "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet99.xml\"/></Relationships>"));
        Assert.Contains("xmlns:r=", wb);
        Assert.DoesNotContain("rId99", rels);
        var read = UnitWorkbookReader.Read(bytes, "thieu-trang.xlsx");
        var missing = read.Findings.Where(f => f.Code == UnitWorkbookReader.PartMissing).ToList();
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, f => f.Sheet == "Phụ" && f.Message.Contains("xl/worksheets/sheet99.xml"));
        Assert.Contains(missing, f => f.Sheet == "Phụ 2" && f.Message.Contains("rId98"));
    }

    // ---- Strict Open XML ---------------------------------------------------------------------------------------------

    [Fact]
    public void A_strict_ooxml_workbook_is_unreadable_asking_to_save_as_xlsx()
    {
        const string transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        Assert.Contains(transitional, PartText(Full(), "xl/workbook.xml"));
        var read = UnitWorkbookReader.Read(Edit(Full(), "xl/workbook.xml", x => x.Replace(transitional, "http://purl.oclc.org/ooxml/spreadsheetml/main")), "strict.xlsx");
        Assert.Null(read.Report);
        var f = Assert.Single(read.Findings);
        Assert.Equal(UnitWorkbookReader.StrictOoxml, f.Code);
        Assert.Contains("strict.xlsx", f.Message);
        Assert.Contains("Excel Workbook (.xlsx)", f.Message);
    }
}
