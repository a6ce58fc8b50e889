using System.Text;
using OfficeReview.HostileCorpus;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.ReportChecking;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Tests.Hostile;

/// <summary>
/// A seeded mutation fuzzer over valid workbooks, JSON reports, unit lists and .docx documents (the project's own
/// outputs), through the in-process readers: zero unhandled exceptions. Bounded by a count in the test command
/// (OFFICEREVIEW_FUZZ_ITERATIONS, default 3.000); run longer on demand with OFFICEREVIEW_FUZZ_SECONDS (scripts/fuzz.sh).
/// Every input that throws is saved to artifacts/fuzz/ (the input, and a .txt with the mutation and the exception) and
/// replayed first on the next run, so a crash stays a failure until it is fixed.
/// </summary>
[Collection(HostileCollection.Name)]
public class FuzzTests(HostileCorpusFixture corpus)
{
    private delegate void Reader(byte[] bytes, string fileName);

    private static readonly ValidationService s_validation = new();
    private static readonly ReportCheckService s_reportCheck = new();

    private static readonly Dictionary<string, Reader> s_readers = new()
    {
        ["workbook-reader"] = (b, n) => UnitWorkbookReader.Read(b, n),
        ["validation"] = (b, n) => s_validation.Validate(b, n),
        ["unit-list-workbook"] = (b, n) => UnitListWorkbook.Read(b, n),
        ["unit-list"] = (b, n) => UnitListImport.Read(b, n),
        ["docx-text"] = (b, n) => DocxText.Read(b, n),
        ["report-check"] = (b, n) => s_reportCheck.Check(b, n),
    };

    private (string Name, string Extension, byte[] Bytes, string[] Readers)[] Seeds() =>
    [
        ("unit-workbook", "xlsx", corpus.Seeds.UnitWorkbook, ["workbook-reader", "validation", "unit-list-workbook"]),
        ("blank-workbook", "xlsx", corpus.Seeds.BlankWorkbook, ["workbook-reader", "validation"]),
        ("consolidated-workbook", "xlsx", corpus.Seeds.ConsolidatedWorkbook, ["workbook-reader", "validation"]),
        ("unit-list-xlsx", "xlsx", corpus.Seeds.UnitListXlsx, ["unit-list-workbook", "validation"]),
        ("report-json", "json", corpus.Seeds.ReportJson, ["validation"]),
        ("unit-list-csv", "csv", corpus.Seeds.UnitListCsv, ["unit-list"]),
        ("unit-list-json", "json", corpus.Seeds.UnitListJson, ["unit-list"]),
        ("report-docx", "docx", corpus.Seeds.ReportDocx, ["docx-text", "report-check"]),
        ("template-docx", "docx", corpus.Seeds.TemplateDocx, ["docx-text", "report-check"]),
        ("report-text", "txt", Encoding.UTF8.GetBytes(string.Join("\r\n", HostileCorpus.Seeds.ReportParagraphs)), ["report-check"]),
    ];

    private static string ArtifactFolder => RepoPaths.Of("artifacts", "fuzz");

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;

    [Fact]
    public void Mutated_workbooks_reports_unit_lists_and_documents_never_throw_out_of_the_readers()
    {
        var failures = new List<string>();

        // Crashes saved by earlier runs first.
        if (Directory.Exists(ArtifactFolder))
            foreach (var previous in Directory.GetFiles(ArtifactFolder).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var reader = s_readers.Keys.FirstOrDefault(r => Path.GetFileName(previous).StartsWith(r + "--", StringComparison.Ordinal));
                if (reader is null) continue;
                try { s_readers[reader](File.ReadAllBytes(previous), Path.GetFileName(previous)); }
                catch (Exception e) { failures.Add($"replay of {Path.GetFileName(previous)}: {e.GetType().Name}: {e.Message}"); }
            }

        var seed = Setting("OFFICEREVIEW_FUZZ_SEED", 9);
        var iterations = Setting("OFFICEREVIEW_FUZZ_ITERATIONS", 3000);
        var seconds = Setting("OFFICEREVIEW_FUZZ_SECONDS", 0);
        var until = seconds > 0 ? DateTime.UtcNow.AddSeconds(seconds) : (DateTime?)null;
        var seeds = Seeds();
        var runs = 0;
        var saved = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; until is { } end ? DateTime.UtcNow < end : i < iterations; i++)
        {
            // One mutator per iteration, seeded from (seed, i): any iteration can be replayed alone.
            var mutator = new Mutator(unchecked(seed * 1_000_003 + i));
            var (name, extension, bytes, readers) = seeds[i % seeds.Length];
            var input = bytes;
            var how = new List<string>();
            for (var k = 1 + mutator.Next(3); k > 0; k--)
            {
                var (mutated, step) = mutator.Mutate(input);
                input = mutated;
                how.Add(step);
            }
            foreach (var reader in readers)
            {
                runs++;
                try { s_readers[reader](input, $"fuzz.{extension}"); }
                catch (Exception e)
                {
                    // Up to three inputs per kind of crash are kept for replay; every crash is counted.
                    var kind = $"{reader}: {e.GetType().Name}: {e.Message}";
                    saved[kind] = saved.GetValueOrDefault(kind) + 1;
                    var file = saved[kind] <= 3 ? " — saved as " + Save(reader, name, seed, i, extension, input, how, e) : "";
                    failures.Add($"{reader} on {name} (seed {seed}, iteration {i}: {string.Join(" + ", how)}): {e.GetType().Name}: {e.Message}{file}");
                }
            }
        }
        Assert.True(runs >= Math.Min(iterations, 100), $"only {runs} reader runs");
        Assert.True(failures.Count == 0, $"{failures.Count} unhandled exceptions in {runs} reader runs; by kind:\n" +
            string.Join("\n", saved.OrderByDescending(k => k.Value).Select(k => $"  {k.Value} × {k.Key}")) + "\nfirst cases:\n" + string.Join("\n", failures.Take(30)));
    }

    private static string Save(string reader, string seedName, int seed, int iteration, string extension, byte[] input, List<string> how, Exception e)
    {
        Directory.CreateDirectory(ArtifactFolder);
        var file = Path.Combine(ArtifactFolder, $"{reader}--{seedName}-{seed}-{iteration}.{extension}");
        File.WriteAllBytes(file, input);
        File.WriteAllText(file + ".txt", $"reader: {reader}\nseed input: {seedName}\nseed: {seed}, iteration: {iteration}\nmutations: {string.Join(" + ", how)}\n\n{e}\n");
        return Path.GetRelativePath(RepoPaths.Root, file);
    }
}
