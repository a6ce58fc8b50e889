using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.OpenXml.Documents;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

BenchmarkSwitcher.FromAssembly(typeof(ReportCheckBenchmarks).Assembly).Run(args);

/// <summary>
/// The report checker on the documented example report (10 paragraphs, 37 figures) and on a long one (the example
/// 100 times: 1.000 paragraphs), as text and as a .docx (text extraction + check); and on a 40-page report (the
/// test corpus's passages (67 when measured) six times over: ≈ 22.000 words, ≈ 1.000 paragraphs, 40+ A4 pages as a PDF) as text,
/// .docx, HTML and PDF.
/// </summary>
[MemoryDiagnoser]
public class ReportCheckBenchmarks
{
    private string[] _small = [];
    private string[] _large = [];
    private byte[] _largeDocx = [];
    private string[] _forty = [];
    private byte[] _fortyDocx = [];
    private byte[] _fortyHtml = [];
    private byte[] _fortyPdf = [];
    private readonly OfficeReview.Service.Features.ReportChecking.ReportCheckService _service = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OfficeReview.sln"))) dir = dir.Parent;
        _small = File.ReadAllLines(Path.Combine(dir!.FullName, "docs", "examples", "bao-cao-kiem-tra.txt"));
        _large = Enumerable.Repeat(_small, 100).SelectMany(x => x).ToArray();
        _largeDocx = Docx(_large);
        if (ReportChecker.Check(_small).Statements.Count != 37) throw new InvalidOperationException("unexpected example");

        var corpus = Path.Combine(dir.FullName, "tests", "OfficeReview.Domain.Tests", "ReportChecking", "corpus");
        var passages = Directory.GetFiles(corpus, "*.txt").Order().SelectMany(f => File.ReadAllLines(f).Skip(1)).ToArray();
        _forty = new[] { "BÁO CÁO Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025" }
            .Concat(Enumerable.Repeat(passages, 6).SelectMany(x => x)).ToArray();
        _fortyDocx = Docx(_forty);
        _fortyHtml = System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><script>var x=1;</script></head><body>"
            + string.Concat(_forty.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>\n")) + "</body></html>");
        _fortyPdf = Pdf(_forty);
        var words = _forty.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var r = ReportChecker.Check(_forty);
        Console.WriteLine($"// 40-page report: {_forty.Length} paragraphs, {words} words, {r.Statements.Count} figures, {r.Findings.Count} findings; .docx {_fortyDocx.Length} B, HTML {_fortyHtml.Length} B, PDF {_fortyPdf.Length} B, {_pdfPages} PDF pages");
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var body = new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve }))));
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return ms.ToArray();
    }

    private int _pdfPages;

    // A4 pages of 11 pt text, wrapped at 85 characters, 15 pt apart (≈ 50 lines a page, as a report in Word), as a PDF
    // with a text layer (PdfPig's writer, DejaVu Sans).
    private byte[] Pdf(IEnumerable<string> paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        _pdfPages = 1;
        var y = 800.0;
        void Line(string text)
        {
            if (y < 40) { page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4); _pdfPages++; y = 800; }
            page.AddText(text, 11, new PdfPoint(40, y), font);
            y -= 15;
        }
        foreach (var p in paragraphs)
        {
            var line = new System.Text.StringBuilder();
            foreach (var w in p.Split(' '))
            {
                if (line.Length + w.Length > 85) { Line(line.ToString().TrimEnd()); line.Clear(); }
                line.Append(w).Append(' ');
            }
            Line(line.ToString().TrimEnd());
            y -= 5;
        }
        return builder.Build();
    }

    [Benchmark(Description = "check 40-page report (text)")]
    public int CheckForty() => ReportChecker.Check(_forty).Findings.Count;

    [Benchmark(Description = "read + check 40-page .docx")]
    public int CheckFortyDocx() => _service.Check(_fortyDocx, "bench.docx").Findings.Count;

    [Benchmark(Description = "read + check 40-page HTML page")]
    public int CheckFortyHtml() => _service.Check(_fortyHtml, "bench.html").Findings.Count;

    [Benchmark(Description = "read + check 40-page PDF")]
    public int CheckFortyPdf() => _service.Check(_fortyPdf, "bench.pdf").Findings.Count;

    [Benchmark(Description = "check 10-paragraph text")]
    public int CheckSmall() => ReportChecker.Check(_small).Findings.Count;

    [Benchmark(Description = "check 1.000-paragraph text")]
    public int CheckLarge() => ReportChecker.Check(_large).Findings.Count;

    [Benchmark(Description = "read + check 1.000-paragraph .docx")]
    public int CheckLargeDocx() => ReportChecker.Check(DocxText.Read(_largeDocx, "bench.docx").Paragraphs!).Findings.Count;
}
