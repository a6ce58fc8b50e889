using System.IO.Compression;
using System.Text;
using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>User templates are cleaned before composing (issue #9, item 5): nothing dangerous reaches a document, and each removal is listed.</summary>
public class TemplateSanitizerTests
{
    private static byte[] Committed(string name) => File.ReadAllBytes(RepoFiles.PathOf("templates", name));

    private static readonly string[] s_gone =
    [
        "vbaProject", "macroEnabled", "attachedTemplate", "evil.example", "INCLUDEPICTURE", "INCLUDETEXT", "DDE", "file:", "calc.exe",
        "altChunk", "aFChunk", "OLEObject", "oleObject", "w:object", "w:control", "activeX", "customXml", "w:pict", "rIdExtImg",
    ];

    [Fact]
    public void A_template_carrying_everything_dangerous_composes_a_document_with_none_of_it_and_lists_each_removal()
    {
        var hostile = HostileTemplate.Build(Committed("bao-cao.docx"));
        Assert.Contains("../evil.txt", HostileTemplate.EntryNames(hostile));
        Assert.Contains("INCLUDEPICTURE", HostileTemplate.AllXml(hostile));

        var kind = DocumentKind.BaoCao;
        var result = PartyDocuments.Compose(kind, Samples.Meta(kind), Samples.Fields(kind), hostile, removeContentControls: true);

        Assert.False(result.HasErrors, string.Join("\n", result.Problems.Select(p => p.Message)));
        var docx = result.Document!;
        DocxAssert.Valid(docx);
        var names = HostileTemplate.EntryNames(docx);
        Assert.DoesNotContain("word/media/fake.png", names);
        Assert.DoesNotContain(names, n => n.Contains("..") || n.Contains("vbaProject") || n.Contains("embeddings") || n.Contains("activeX")
                                          || n.Contains("customXml") || n.Contains("afchunk") || n.Contains("custom.xml"));
        var xml = HostileTemplate.AllXml(docx);
        foreach (var gone in s_gone) Assert.False(xml.Contains(gone, StringComparison.Ordinal), $"\"{gone}\" is still in the document:\n{Around(xml, gone)}");
        Assert.DoesNotContain("TargetMode=\"External\" Target=\"file", xml);
        Assert.DoesNotContain(@"\\evil", xml);

        // What a party document may keep is kept: the picture stored inside, the https link, the PAGE field, the text.
        Assert.Contains("word/media/logo.png", names);
        Assert.Contains("https://example.org/huong-dan", xml);
        Assert.Contains("PAGE", HostileTemplate.Entry(docx, "word/document.xml"));
        var text = DocxAssert.BodyText(docx);
        Assert.Contains(HostileTemplate.Marker, text);
        Assert.Contains("ẢNH-NGOÀI", text);     // a removed field keeps the result it showed
        Assert.Contains("MỞ-TỆP", text);        // a removed link keeps its text
        Assert.Contains("VĂN-BẢN-NGOÀI", text);
        Assert.Contains("document.main+xml", HostileTemplate.Entry(docx, "[Content_Types].xml"));

        // Each removal is a warning naming what and where.
        var removals = result.Problems.Where(p => p.Kind == CompositionProblemKind.Removed).ToList();
        Assert.All(removals, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        var report = string.Join("\n", removals.Select(p => p.Message));
        foreach (var expected in new[]
        {
            "macro VBA (vbaProject)", "word/vbaProject.bin", "macro (.docm/.dotm)", "attachedTemplate", "macro.dotm",
            "hình ảnh lấy từ bên ngoài", "http://evil.example/track.png", "trường INCLUDEPICTURE", "trường INCLUDETEXT", "trường DDE ",
            "trường DDEAUTO", "file:///C:/Windows/System32/calc.exe", @"\\evil.example\share\x.docx", "altChunk", "word/afchunk.mht",
            "đối tượng OLE", "word/embeddings/oleObject1.bin", "ActiveX", "word/activeX/activeX1.xml", "customXml/item1.xml",
            "docProps/custom.xml", "../evil.txt", "hình liên kết ra ngoài http://evil.example/vml.png", "không đúng kiểu image/png", "word/media/fake.png",
        })
            Assert.True(report.Contains(expected, StringComparison.Ordinal), $"the report does not name \"{expected}\":\n{report}");
        Assert.DoesNotContain("PAGE", report);
        Assert.DoesNotContain("https://example.org", report);
    }

    [Theory]
    [InlineData("bao-cao.docx")]
    [InlineData("ke-hoach.docx")]
    [InlineData("cong-van.docx")]
    [InlineData("thong-bao-ket-qua.docx")]
    public void The_committed_templates_pass_unchanged(string name)
    {
        var clean = TemplateSanitizer.Sanitize(Committed(name));
        Assert.Null(clean.Error);
        Assert.Empty(clean.Removed);
        Assert.Equal(HostileTemplate.EntryNames(Committed(name)).Order(), HostileTemplate.EntryNames(clean.Package!).Order());
    }

    [Fact]
    public void A_template_that_is_not_a_docx_is_an_error()
    {
        Assert.NotNull(TemplateSanitizer.Sanitize(Encoding.UTF8.GetBytes("Kế hoạch")).Error);
        var good = Committed("bao-cao.docx");
        var truncated = TemplateSanitizer.Sanitize(good[..(good.Length / 2)]);
        Assert.Null(truncated.Package);
        Assert.NotNull(truncated.Error);

        // A zip without a Word document in it.
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            w.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        var empty = TemplateSanitizer.Sanitize(ms.ToArray());
        Assert.Null(empty.Package);
        Assert.Contains("không", empty.Error);

        var kind = DocumentKind.BaoCao;
        var result = PartyDocuments.Compose(kind, Samples.Meta(kind), Samples.Fields(kind), good[..(good.Length / 2)]);
        Assert.Null(result.Document);
        Assert.Contains(result.Problems, p => p.Kind == CompositionProblemKind.TemplateUnreadable && p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void A_document_part_pointed_at_a_macro_binary_is_not_a_document()
    {
        var good = Committed("bao-cao.docx");
        var ms = new MemoryStream();
        ms.Write(good);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            string rels;
            using (var r = new StreamReader(zip.GetEntry("_rels/.rels")!.Open())) rels = r.ReadToEnd();
            zip.GetEntry("_rels/.rels")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("_rels/.rels").Open());
            w.Write(rels.Replace("Target=\"/word/document.xml\"", "Target=\"/word/vbaProject.bin\""));
        }
        var clean = TemplateSanitizer.Sanitize(ms.ToArray());
        Assert.Null(clean.Package);
        Assert.NotNull(clean.Error);
    }

    private static string Around(string text, string what)
    {
        var i = text.IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? "" : text[Math.Max(0, i - 300)..Math.Min(text.Length, i + 200)];
    }
}
