using System.Text.Json;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests.ReportChecking;

/// <summary>
/// The corpus of report passages in <c>ReportChecking/corpus/</c>: each <c>NN-name.txt</c> (written for the tests, in the
/// shapes real reports use, with invented units and numbers) has a manifest <c>NN-name.json</c> listing the defects
/// planted in it (code, 0-based paragraph, severity) and every statement the scanner must read (subject, kind, level,
/// count, percentage, base, fraction, parent group, qualifier, reason, the base the checker found it to match).
/// Every finding other than information must be a planted defect and every planted defect must be found; every
/// statement read must be listed and every listed statement read.
/// </summary>
public class ReportCorpusTests
{
    private static readonly string s_dir = Path.Combine(AppContext.BaseDirectory, "ReportChecking", "corpus");

    public static TheoryData<string> Passages()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(s_dir, "*.txt").Order()) data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Fact]
    public void TheCorpusHasAtLeastSixtyPassagesEachWithAManifest()
    {
        var passages = Directory.GetFiles(s_dir, "*.txt");
        Assert.True(passages.Length >= 60, $"{passages.Length} passages");
        foreach (var p in passages) Assert.True(File.Exists(Path.ChangeExtension(p, ".json")), p);
        // Both kinds are there: passages with planted defects and correct ones.
        var planted = passages.Count(p => Manifest(Path.GetFileNameWithoutExtension(p)).GetProperty("defects").GetArrayLength() > 0);
        Assert.InRange(planted, 20, passages.Length - 20);
    }

    [Theory]
    [MemberData(nameof(Passages))]
    public void FindingsAreExactlyThePlantedDefects(string name)
    {
        var result = Run(name);
        var found = result.Findings.Where(f => f.Severity != Severity.Info)
            .Select(f => $"{f.Code}@{ReportChecker.ParagraphOf(f.Path)}/{f.Severity.ToString().ToLowerInvariant()}").Order().ToList();
        var planted = Manifest(name).GetProperty("defects").EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()}@{d.GetProperty("paragraph").GetInt32()}/{d.GetProperty("severity").GetString()}").Order().ToList();
        Assert.Equal(planted, found);
        // Every finding quotes the sentence and names the subject it is about.
        foreach (var f in result.Findings.Where(f => f.Severity != Severity.Info)) Assert.StartsWith("«", f.Message);
    }

    [Theory]
    [MemberData(nameof(Passages))]
    public void EveryStatementIsReadAsListed(string name)
    {
        var read = Run(name).Statements.Select(Key).ToList();
        var listed = Manifest(name).GetProperty("statements").EnumerateArray().Select(Key).ToList();
        Assert.Equal(listed, read);
    }

    /// <summary>Precision and recall over the corpus: a planted defect is found when a finding has its code and paragraph.</summary>
    [Fact]
    public void PrecisionAndRecallOverTheCorpusAreComplete()
    {
        int planted = 0, found = 0, raised = 0, correct = 0, falseOnCorrectPassages = 0;
        foreach (var name in Directory.GetFiles(s_dir, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>())
        {
            var defects = Manifest(name).GetProperty("defects").EnumerateArray()
                .Select(d => (Code: d.GetProperty("code").GetString() ?? "", Paragraph: d.GetProperty("paragraph").GetInt32())).ToList();
            var findings = Run(name).Findings.Where(f => f.Severity != Severity.Info).Select(f => (Code: f.Code, Paragraph: ReportChecker.ParagraphOf(f.Path))).ToList();
            planted += defects.Count;
            found += defects.Count(findings.Contains);
            raised += findings.Count;
            correct += findings.Count(defects.Contains);
            if (defects.Count == 0) falseOnCorrectPassages += findings.Count;
        }
        Assert.True(planted >= 30, $"{planted} planted defects");
        Assert.Equal(0, falseOnCorrectPassages);
        Assert.Equal((planted, raised), (found, correct));
    }

    private static ReportCheckResult Run(string name) => ReportChecker.Check(File.ReadAllLines(Path.Combine(s_dir, name + ".txt")));

    private static JsonElement Manifest(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(s_dir, name + ".json"))).RootElement;

    private static string Key(ReportStatement s) => string.Join("|",
        s.Paragraph, s.Subject.JsonKey(), s.Kind.JsonKey(), s.Level?.JsonKey(), s.Count, s.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        s.Basis?.JsonKey(), s.Part, s.Whole, s.Parent?.JsonKey(), s.Qualifier?.JsonKey(), s.Reason?.JsonKey(), s.MatchedBase, s.Snippet);

    private static string Key(JsonElement e)
    {
        string? Str(string p) => e.TryGetProperty(p, out var v) ? v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString() : null;
        return string.Join("|", Str("paragraph"), Str("subject"), Str("kind"), Str("level"), Str("count"), Str("percent"), Str("basis"),
            Str("part"), Str("whole"), Str("parent"), Str("qualifier"), Str("reason"), Str("matched"), Str("text"));
    }
}
