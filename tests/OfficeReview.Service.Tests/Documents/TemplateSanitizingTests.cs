using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Tests.Documents;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Documents;

namespace OfficeReview.Service.Tests.Documents;

/// <summary>generate --template with a hostile user template (issue #9, item 5): cleaned, every removal reported, nothing of it in the output.</summary>
public sealed class TemplateSanitizingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("officereview-template-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example(string name) => RepoPaths.Of("docs", "examples", "documents", name);

    private string Hostile()
    {
        var path = Path.Combine(_dir, "mau-nguoi-dung.docx");
        File.WriteAllBytes(path, HostileTemplate.Build(File.ReadAllBytes(RepoPaths.Of("templates", "bao-cao.docx"))));
        return path;
    }

    [Fact]
    public async Task Cli_generates_from_a_hostile_template_warning_about_each_removal_and_the_output_carries_none_of_it()
    {
        var output = Path.Combine(_dir, "bc.docx");
        var (code, stdout, stderr) = await CliRunner.Run("generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"),
            "--template", Hostile(), "-o", output, "--approve", "--number", "15", "--approved-by", "Nguyễn Văn An");
        Assert.True(code == CliApp.ExitCodes.Ok, stderr);
        var warnings = stdout.Split('\n').Where(l => l.Contains("CẢNH BÁO") && l.Contains("Đã loại khỏi mẫu")).ToList();
        foreach (var expected in new[] { "vbaProject", "attachedTemplate", "INCLUDEPICTURE", "INCLUDETEXT", "DDEAUTO", "file:///", "altChunk", "OLE", "ActiveX", "customXml", "../evil.txt" })
            Assert.True(warnings.Any(w => w.Contains(expected, StringComparison.Ordinal)), $"no warning names \"{expected}\":\n{stdout}");

        var bytes = File.ReadAllBytes(output);
        Assert.DoesNotContain(HostileTemplate.EntryNames(bytes), n => n.Contains("vbaProject") || n.Contains("..") || n.Contains("embeddings") || n.Contains("customXml"));
        var xml = HostileTemplate.AllXml(bytes);
        foreach (var gone in new[] { "attachedTemplate", "INCLUDEPICTURE", "DDEAUTO", "evil.example", "macroEnabled", "altChunk", "w:object" })
            Assert.DoesNotContain(gone, xml);
        Assert.Contains(HostileTemplate.Marker, xml);
    }

    [Fact]
    public void The_service_reports_removals_as_warning_problems_and_approves_a_clean_document()
    {
        var outcome = new DocumentService().Generate(new DocumentRequest(DocumentKind.BaoCao, File.ReadAllBytes(Example("bao-cao-2025.json")))
        {
            Meta = File.ReadAllBytes(Example("meta-bao-cao.json")),
            Template = File.ReadAllBytes(Hostile()),
            Approval = new ApprovalRequest(15, "Nguyễn Văn An", DateTimeOffset.Parse("2025-12-06T08:00:00+07:00")),
        });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems.Select(p => p.Message)));
        var removed = outcome.Problems.Where(p => p.Code == DocumentService.TemplateRemovedCode).ToList();
        Assert.True(removed.Count >= 15, string.Join("\n", removed.Select(p => p.Message)));
        Assert.All(removed, p => Assert.Equal("warning", p.Severity));
        Assert.All(removed, p => Assert.False(string.IsNullOrEmpty(p.Location)));
        Assert.DoesNotContain("vbaProject", string.Join("\n", HostileTemplate.EntryNames(outcome.Document!)));
        Assert.Equal(DocumentService.Hash(outcome.Document!), outcome.Approval!.Sha256);
    }

    [Fact]
    public async Task Cli_refuses_a_template_that_is_not_a_docx_with_exit_2_and_writes_nothing()
    {
        var broken = Path.Combine(_dir, "hong.docx");
        var good = File.ReadAllBytes(RepoPaths.Of("templates", "bao-cao.docx"));
        File.WriteAllBytes(broken, good[..(good.Length / 2)]);
        var output = Path.Combine(_dir, "x.docx");
        var (code, _, stderr) = await CliRunner.Run("generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"),
            "--template", broken, "-o", output);
        Assert.Equal(CliApp.ExitCodes.Unreadable, code);
        Assert.Contains("mẫu", stderr);
        Assert.False(File.Exists(output));
    }
}
