using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.OpenXml.Documents;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace OfficeReview.OpenXml.Tests.Documents;

public class DocxTextTests
{
    /// <summary>A document built with the SDK the way Word writes one: runs split mid-number, a table, content controls.</summary>
    internal static byte[] BuildReport()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Para(Run("BÁO CÁO kết quả năm 2025")));
            // "Tổng số đảng viên: 4.336" with the number split across two runs, the second one bold.
            body.Append(Para(Run("Tổng số đảng viên: 4."), new Run(new RunProperties(new Bold()), new Text("336")), Run(";")));
            var table = new Table(
                new TableRow(Cell("Mức xếp loại"), Cell("Số lượng")),
                new TableRow(Cell("Hoàn thành xuất sắc nhiệm vụ"), Cell("620")));
            body.Append(table);
            // A block content control with a paragraph, and a run content control inside a paragraph.
            body.Append(new SdtBlock(
                new SdtProperties(new Tag { Val = "ketqua" }),
                new SdtContentBlock(Para(Run("Hoàn thành tốt nhiệm vụ 3.120 đồng chí")))));
            body.Append(new Paragraph(
                Run("Số đảng viên tham gia đánh giá, xếp loại: "),
                new SdtRun(new SdtProperties(new Tag { Val = "rated" }), new SdtContentRun(Run("4.271"))),
                Run("."), new Run(new TabChar()), Run("Hết")));
            // Placeholder text of an empty control is not document text.
            body.Append(new SdtBlock(
                new SdtProperties(new ShowingPlaceholder()),
                new SdtContentBlock(Para(Run("Nhấn vào đây để nhập văn bản.")))));
            // NFD input (decomposed diacritics) comes out NFC; deleted text is left out.
            body.Append(new Paragraph(Run("Đ\u1EA3ng vi\u00EAn".Normalize(NormalizationForm.FormD)),
                new DeletedRun(new DeletedText("xóa"))));
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    private static Paragraph Para(params Run[] runs) => new(runs);
    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    private static TableCell Cell(string text) => new(Para(Run(text)));

    [Fact]
    public void ReadsParagraphsTablesAndContentControlsInOrder()
    {
        var result = DocxText.Read(BuildReport(), "bao-cao.docx");
        Assert.Null(result.Error);
        Assert.Equal(
        [
            "BÁO CÁO kết quả năm 2025",
            "Tổng số đảng viên: 4.336;",
            "Mức xếp loại", "Số lượng",
            "Hoàn thành xuất sắc nhiệm vụ", "620",
            "Hoàn thành tốt nhiệm vụ 3.120 đồng chí",
            "Số đảng viên tham gia đánh giá, xếp loại: 4.271. Hết",
            "Đảng viên",
        ], result.Paragraphs!);
        Assert.True(result.Paragraphs![^1].IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void NotAWordFileIsAClearMessageNamingTheFile()
    {
        var r = DocxText.Read(Encoding.UTF8.GetBytes("không phải docx"), "ghi-chu.docx");
        Assert.False(r.Ok);
        Assert.Contains("ghi-chu.docx", r.Error);

        var ole = new byte[64];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        var legacy = DocxText.Read(ole, "cu.doc");
        Assert.Contains(".doc", legacy.Error);
        Assert.Contains("cu.doc", legacy.Error);
    }

    [Fact]
    public void ACorruptPackageIsAMessageNotAnException()
    {
        var bytes = BuildReport();
        var truncated = bytes[..(bytes.Length / 2)];
        var r = DocxText.Read(truncated, "hong.docx");
        Assert.False(r.Ok);
        Assert.Contains("hong.docx", r.Error);

        // A zip that is not a Word package.
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("a.txt").Open());
            w.Write("xin chào");
        }
        var notWord = DocxText.Read(ms.ToArray(), "nen.docx");
        Assert.False(notWord.Ok);
        Assert.Contains("nen.docx", notWord.Error);

        using var xlsx = new MemoryStream();
        using (var zip = new ZipArchive(xlsx, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            w.Write("<workbook/>");
        }
        var excel = DocxText.Read(xlsx.ToArray(), "bieu.xlsx");
        Assert.Contains("bảng tính Excel", excel.Error);
        Assert.Contains("bieu.xlsx", excel.Error);
    }

    [Fact]
    public void AZipBombIsRefusedWithTheBoundNamed()
    {
        // 60 MB of zeros compress to a few dozen kilobytes.
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++) s.Write(zeros);
        }
        var bytes = ms.ToArray();
        Assert.True(bytes.Length < 1024 * 1024);
        var r = DocxText.Read(bytes, "bom.docx", new DocxTextLimits { MaxUncompressedBytes = 50L * 1024 * 1024 });
        Assert.False(r.Ok);
        Assert.Contains("bom.docx", r.Error);
        Assert.Contains("tỷ lệ nén", r.Error);

        var small = DocxText.Read(bytes, "bom.docx", new DocxTextLimits { MaxUncompressedBytes = 10L * 1024 * 1024, MaxCompressionRatio = 100_000 });
        Assert.Contains("10.485.760 byte", small.Error);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefused()
    {
        var r = DocxText.Read(BuildReport(), "lon.docx", new DocxTextLimits { MaxFileBytes = 100 });
        Assert.Contains("lon.docx", r.Error);
        Assert.Contains("vượt giới hạn 100 byte", r.Error);
    }

    [Fact]
    public void ATextBoxStoredTwiceIsReadOnce()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            Paragraph Inner() => Para(Run("Hoàn thành tốt nhiệm vụ 33, chiếm 82,5%"));
            // As Word writes a text box: a DrawingML shape, and a VML shape as the fallback, each with the same content.
            var choice = new Drawing(new DW.Inline(new A.Graphic(new A.GraphicData(
                new Wps.WordprocessingShape(new Wps.TextBoxInfo2(new TextBoxContent(Inner()))))
            { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" })));
            var fallback = new Picture(new V.Shape(new V.TextBox(new TextBoxContent(Inner()))));
            var box = new Run(new AlternateContent(
                new AlternateContentChoice(choice) { Requires = "wps" },
                new AlternateContentFallback(fallback)));
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(Run("Trước "), box, Run("sau"))));
        }
        var r = DocxText.Read(ms.ToArray(), "hop-van-ban.docx");
        Assert.Null(r.Error);
        Assert.Equal(["Trước sau", "Hoàn thành tốt nhiệm vụ 33, chiếm 82,5%"], r.Paragraphs!);
    }
}
