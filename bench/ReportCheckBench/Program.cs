using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.OpenXml.Documents;

BenchmarkSwitcher.FromAssembly(typeof(ReportCheckBenchmarks).Assembly).Run(args);

/// <summary>
/// The report checker on the documented example report (10 paragraphs, 37 figures) and on a long one (the example
/// 100 times: 1.000 paragraphs), as text and as a .docx (text extraction + check).
/// </summary>
[MemoryDiagnoser]
public class ReportCheckBenchmarks
{
    private string[] _small = [];
    private string[] _large = [];
    private byte[] _largeDocx = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OfficeReview.sln"))) dir = dir.Parent;
        _small = File.ReadAllLines(Path.Combine(dir!.FullName, "docs", "examples", "bao-cao-kiem-tra.txt"));
        _large = Enumerable.Repeat(_small, 100).SelectMany(x => x).ToArray();
        _largeDocx = Docx(_large);
        if (ReportChecker.Check(_small).Statements.Count != 37) throw new InvalidOperationException("unexpected example");
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

    [Benchmark(Description = "check 10-paragraph text")]
    public int CheckSmall() => ReportChecker.Check(_small).Findings.Count;

    [Benchmark(Description = "check 1.000-paragraph text")]
    public int CheckLarge() => ReportChecker.Check(_large).Findings.Count;

    [Benchmark(Description = "read + check 1.000-paragraph .docx")]
    public int CheckLargeDocx() => ReportChecker.Check(DocxText.Read(_largeDocx, "bench.docx").Paragraphs!).Findings.Count;
}
