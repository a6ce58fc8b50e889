using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OfficeReview.HostileCorpus;

namespace OfficeReview.Service.Tests.Hostile;

/// <summary>
/// Every file of the hostile corpus through the CLI, in process (<see cref="CliRunner"/>): exit 2 when unreadable, 1 (or
/// 2) when it has errors — never 0 for a damaged file —, a Vietnamese message, no stack trace. Files that may kill or
/// swamp a process on a weak build (manifest "isolate") are first run by the real CLI in a child process under a 1,5 GB
/// heap limit and a time limit; only when the child survives are they run in this process too.
/// </summary>
[Collection(HostileCollection.Name)]
public class HostileCliTests(HostileCorpusFixture corpus)
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(90);
    private static readonly Regex s_vietnamese = new("[À-ỹĐđ]", RegexOptions.Compiled);

    private static string Example(string name) => RepoPaths.Of("docs", "examples", "documents", name);

    private static string[]? Args(CorpusEntry e, string path, string work) => e.Target switch
    {
        Targets.Validate or Targets.Submit or Targets.UnitImport => ["validate", path],
        Targets.CheckReport => ["check-report", path],
        Targets.Merge => e.OutIsInput ? ["merge", "--out", path, path] : ["merge", "--out", Path.Combine(work, "tong-hop.json"), path],
        Targets.GenerateTemplate => ["generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"), "--template", path, "-o", Path.Combine(work, "ket-qua.docx")],
        _ => null,
    };

    /// <summary>
    /// The control: the valid inputs the corpus is built from are clean (exit 0), and the report with a planted error
    /// has errors (exit 1). Without this, a "findings" answer to a damaged file could come from the seed itself.
    /// </summary>
    [Fact]
    public async Task The_seeds_of_the_corpus_are_clean_and_the_planted_error_is_found()
    {
        using var work = new TempFolder();
        var seeds = corpus.Seeds;
        foreach (var (name, bytes, verb) in new[]
        {
            ("don-vi.xlsx", seeds.UnitWorkbook, "validate"), ("bao-cao.json", seeds.ReportJson, "validate"),
            ("bao-cao.docx", seeds.ReportDocx, "check-report"), ("bao-cao.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", HostileCorpus.Seeds.ReportParagraphs)), "check-report"),
        })
        {
            var (exit, stdout, stderr) = await CliRunner.Run(verb, work.File(name, bytes));
            Assert.True(exit == 0, $"{verb} {name}: exit {exit}\n{stdout}{stderr}");
        }
        var template = work.File("mau.docx", seeds.TemplateDocx);
        var generated = await CliRunner.Run("generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"),
            "--template", template, "-o", Path.Combine(work.Path, "ra.docx"));
        Assert.True(generated.Exit == 0, generated.Err);
        Assert.Empty(HostileCorpusGenerator.DangerousContent(File.ReadAllBytes(Path.Combine(work.Path, "ra.docx"))));
        var wrong = await CliRunner.Run("validate", work.File("sai.json", corpus.Seeds.ReportWithError()));
        Assert.Equal(1, wrong.Exit);
    }

    [Fact]
    public async Task Every_hostile_file_is_unreadable_or_has_errors_on_the_command_line_with_a_Vietnamese_message_and_no_stack_trace()
    {
        var cases = corpus.Manifest.Files.Where(e => e.CliSkip is null && e.Target != Targets.JsonApi).ToList();
        Assert.True(cases.Count >= 250, $"only {cases.Count} corpus files reach the CLI");
        var failures = new List<(CorpusEntry, string)>();
        foreach (var entry in cases)
        {
            using var work = new TempFolder();
            var path = corpus.PathOf(entry);
            if (entry.OutIsInput)
            {
                var copy = Path.Combine(work.Path, Path.GetFileName(path));
                File.Copy(path, copy);
                path = copy;
            }
            var args = Args(entry, path, work.Path)!;
            var why = await Check(entry, args, path, work.Path);
            if (why is not null) failures.Add((entry, why));
        }
        Assert.True(failures.Count == 0, Hostile.Report("CLI", failures, cases.Count));
    }

    private static async Task<string?> Check(CorpusEntry entry, string[] args, string path, string work)
    {
        var before = entry.OutIsInput ? SHA256.HashData(File.ReadAllBytes(path)) : null;
        if (entry.Isolate)
        {
            var child = await Hostile.RunServiceChild(args, s_limit);
            if (child.TimedOut) return $"the CLI (child process) did not finish within {s_limit.TotalSeconds:0} s";
            if (child.Exit is not (0 or 1 or 2))
                return $"the CLI (child process, heap limit 1,5 GB) died with exit {child.Exit}: {FirstLine(child.Err + child.Out)}";
            var problem = Judge(entry, child.Exit!.Value, child.Out, child.Err, work);
            if (problem is not null) return "child process: " + problem;
            // The child survived, so the in-process run below cannot take the test host down.
            File.Delete(Path.Combine(work, "tong-hop.json"));
            File.Delete(Path.Combine(work, "ket-qua.docx"));
        }
        int exit;
        string stdout, stderr;
        try
        {
            (exit, stdout, stderr) = await Task.Run(() => CliRunner.Run(args)).WaitAsync(s_limit);
        }
        catch (TimeoutException)
        {
            return $"no exit within {s_limit.TotalSeconds:0} s";
        }
        catch (Exception e)
        {
            return $"the verb threw {e.GetType().Name}: {e.Message}";
        }
        var why = Judge(entry, exit, stdout, stderr, work);
        if (why is null && before is not null && !before.AsSpan().SequenceEqual(SHA256.HashData(File.ReadAllBytes(path))))
            why = "merge overwrote its own input";
        return why;
    }

    /// <summary>Null when the outcome is acceptable for the entry, else why not.</summary>
    private static string? Judge(CorpusEntry entry, int exit, string stdout, string stderr, string work)
    {
        if (Hostile.Leak(stdout + "\n" + stderr) is { } leak) return $"exit {exit}, prints .NET internals: {leak}";
        if (exit == 0)
        {
            if (entry.Accept == "sanitized" && entry.Target == Targets.GenerateTemplate)
            {
                var output = Path.Combine(work, "ket-qua.docx");
                if (!File.Exists(output)) return "exit 0 without writing the document";
                var dangers = HostileCorpusGenerator.DangerousContent(File.ReadAllBytes(output));
                if (dangers.Count > 0) return "exit 0 and the document carries: " + string.Join("; ", dangers.Distinct().Take(6));
                if (!(stdout + stderr).Contains("CẢNH BÁO", StringComparison.Ordinal)) return "exit 0, the dangerous content removed but not reported";
                return null;
            }
            return "exit 0: the damaged or absurd file was called clean";
        }
        if (exit is not (1 or 2)) return $"exit {exit}";
        if (entry.Expected == Expected.Unreadable && exit != 2) return $"exit {exit}, expected 2 (unreadable): {FirstLine(stdout + "\n" + stderr)}";
        if (exit == 2)
        {
            // The message: standard error (or standard output, where merge reports), first line in Vietnamese.
            var message = FirstLine(stderr.Trim().Length > 0 ? stderr : stdout);
            if (message == NoOutput) return "exit 2 without any message";
            if (!s_vietnamese.IsMatch(message)) return $"exit 2, the message is not Vietnamese: {message}";
        }
        return null;
    }

    private const string NoOutput = "(no output)";

    private static string FirstLine(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? NoOutput;
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
