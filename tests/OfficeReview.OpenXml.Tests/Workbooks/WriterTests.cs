using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.OpenXml.Tests.Workbooks;

public class WriterTests
{
    internal static byte[] Consolidated(out UnitReport parent, out List<ConsolidatedSource> children)
    {
        var province = SampleReports.Province(units: 40, members: 800, seed: 3);
        parent = province.Root;
        children = province.ChildrenOf(parent.Unit.Code)
            .Select((c, i) => new ConsolidatedSource(c, c.Unit.Code, $"{c.Unit.Code}.xlsx", new string((char)('a' + i), 64), new DateTimeOffset(2025, 12, 5, 8, 30, 0, TimeSpan.FromHours(7))))
            .ToList();
        using var ms = new MemoryStream();
        ConsolidatedWorkbookWriter.Write(parent, children, ms);
        return ms.ToArray();
    }

    private static List<string> Validate(byte[] xlsx)
    {
        using var ms = new MemoryStream(xlsx);
        using var doc = SpreadsheetDocument.Open(ms, false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    [Fact]
    public void Unit_workbook_passes_the_Open_Xml_validator()
    {
        var errors = Validate(UnitWorkbookWriter.Write(SampleReports.Full()));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Consolidated_workbook_passes_the_validator_and_reads_as_the_parent_report()
    {
        var bytes = Consolidated(out var parent, out var children);
        var errors = Validate(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        var read = UnitWorkbookReader.Read(bytes, "tong-hop.xlsx");
        Assert.Equal(WorkbookSchema.ConsolidatedFormId, read.Metadata.FormId);
        Assert.Equal(UnitReportJson.Write(RoundTripTests.WithoutEmptyObjects(parent)), UnitReportJson.Write(read.Report!));
        Assert.True(children.Count >= 2);
    }

    [Fact]
    public void Member_table_ref_grows_with_the_list()
    {
        var report = SampleReports.Full();
        using var ms = new MemoryStream(UnitWorkbookWriter.Write(report));
        using var doc = SpreadsheetDocument.Open(ms, false);
        var table = doc.WorkbookPart!.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Single().Table!;
        Assert.Equal("A6:AL11", table.Reference!.Value);
        Assert.True(doc.WorkbookPart.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void LibreOffice_converts_written_workbooks_and_shows_the_figures()
    {
        var dir = TestPaths.TempDir();
        var unit = Path.Combine(dir, "don-vi.xlsx");
        File.WriteAllBytes(unit, UnitWorkbookWriter.Write(SampleReports.Full()));
        var tongHop = Path.Combine(dir, "tong-hop.xlsx");
        File.WriteAllBytes(tongHop, Consolidated(out var parent, out var children));
        foreach (var file in new[] { unit, tongHop })
        {
            var (code, output) = LibreOffice.Convert(file, "pdf", dir);
            Assert.True(code == 0, output);
            var pdf = Path.ChangeExtension(file, ".pdf");
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, output);
        }
        var text = LibreOffice.PdfText(Path.ChangeExtension(unit, ".pdf"));
        Assert.Contains("ĐẢNG ỦY XÃ AN BÌNH", text);
        Assert.Contains("NGƯỜI LẬP BIỂU", text);
        // Party signature wording (HD 36-HD/VPTW), computed by LibreOffice from the unit's kind; never the state "THỦ TRƯỞNG".
        Assert.Contains("T/M BAN THƯỜNG VỤ", text);
        Assert.DoesNotContain("THỦ TRƯỞNG", text);
        Assert.Contains("Nguyễn Văn An", text);
        var consolidatedText = LibreOffice.PdfText(Path.ChangeExtension(tongHop, ".pdf"));
        Assert.Contains(children[0].Report.Unit.Name, consolidatedText);
        Assert.Contains(children[0].Sha256, consolidatedText);
    }

    [Fact]
    public void A_workbook_saved_again_by_LibreOffice_reads_identically()
    {
        // Another producer (LibreOffice recalculates and rewrites every part) must not change what is read.
        var dir = TestPaths.TempDir();
        var report = SampleReports.Full();
        var input = Path.Combine(dir, "in.xlsx");
        File.WriteAllBytes(input, UnitWorkbookWriter.Write(report));
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        var (code, output) = LibreOffice.Convert(input, "xlsx:Calc MS Excel 2007 XML", outDir);
        Assert.True(code == 0, output);
        var read = UnitWorkbookReader.Read(File.ReadAllBytes(Path.Combine(outDir, "in.xlsx")), "in.xlsx");
        Assert.True(read.Report is not null, string.Join("\n", read.Findings.Select(f => f.Message)));
        Assert.Empty(read.Findings);
        Assert.Equal(UnitReportJson.Write(report), UnitReportJson.Write(read.Report!));
    }
}
