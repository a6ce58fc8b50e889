using System.IO.Compression;
using System.Text;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Documents;
using OfficeReview.Service.Features.ReportChecking;

namespace OfficeReview.Service.Tests.Documents;

/// <summary>The report checker reads what the document generator writes: a generated Báo cáo is clean; an altered one is not.</summary>
public class GeneratedReportCheckTests
{
    private static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OfficeReview.sln"))) return Path.Combine(dir.FullName, "docs", "examples", "documents", name);
        throw new InvalidOperationException("repository root not found");
    }

    private static byte[] Generate(DocumentKind kind, bool approve)
    {
        var outcome = new DocumentService().Generate(new DocumentRequest(kind, File.ReadAllBytes(Example("bao-cao-2025.json")))
        {
            Meta = File.ReadAllBytes(Example(kind == DocumentKind.BaoCao ? "meta-bao-cao.json" : "meta-thong-bao-ket-qua.json")),
            Previous = File.ReadAllBytes(Example("bao-cao-2024.json")),
            Approval = approve ? new ApprovalRequest(15, "Nguyễn Văn An", DateTimeOffset.UnixEpoch) : null,
        });
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Message)));
        return outcome.Document!;
    }

    [Theory]
    [InlineData(DocumentKind.BaoCao, false)]
    [InlineData(DocumentKind.BaoCao, true)]
    [InlineData(DocumentKind.ThongBaoKetQua, true)]
    public void Generated_report_passes_the_checker(DocumentKind kind, bool approve)
    {
        var outcome = new ReportCheckService().Check(Generate(kind, approve), kind.Slug() + ".docx");
        Assert.True(outcome.Readable);
        Assert.True(outcome.Statements.Count >= 10, $"only {outcome.Statements.Count} statements read");
        Assert.DoesNotContain(outcome.Findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void Altered_percentage_in_a_generated_report_is_found()
    {
        var docx = Generate(DocumentKind.BaoCao, approve: true);
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            Assert.Contains("chiếm 12,50% so với tổng số tổ chức", xml);
            xml = xml.Replace("chiếm 12,50% so với tổng số tổ chức", "chiếm 14,50% so với tổng số tổ chức");
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            w.Write(xml);
        }
        var outcome = new ReportCheckService().Check(ms.ToArray(), "bao-cao-sua.docx");
        Assert.Contains(outcome.Findings, f => f.Severity == Severity.Error && f.Message.Contains("14,50%"));
    }
}
