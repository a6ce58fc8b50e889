using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using OfficeReview.Domain.Findings;
using OfficeReview.OpenXml.Documents;
using OfficeReview.Service.Features.Documents;

namespace OfficeReview.Service.Tests.Findings;

/// <summary>
/// The findings catalogue is complete: every code the product can emit is declared there once — the constants of the
/// classes that emit findings (by reflection over the three product assemblies) and any code-like literal in the
/// sources (a scan of functions/) — and docs/findings.md is the catalogue's current rendering.
/// </summary>
public sealed partial class FindingCatalogueTests
{
    /// <summary>Upper-case names with an underscore that are not finding codes (environment variables, the defined-name prefix).</summary>
    private static readonly HashSet<string> s_notFindingCodes = new(StringComparer.Ordinal)
    {
        "OFFICEREVIEW_TOKEN", "ASPNETCORE_URLS", "WEBSITE_HOSTNAME", "OR_",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "OTEL_EXPORTER_OTLP_ENDPOINT",
        // Reasons of a refused request in the request log (docs/security.md, "Logs and traces"); a refusal that has a
        // finding logs the finding's code instead.
        "TOO_LARGE", "CONTENT_TYPE", "JSON_INVALID", "JSON_SHAPE", "BAD_REQUEST", "UNREADABLE", "MULTIPART_BROKEN",
    };

    [GeneratedRegex("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")]
    private static partial Regex CodeShape();

    /// <summary>A string literal shaped like a finding code ("MERGE_UNIT_MISSING"), or a prefix glued to something else ("TEMPLATE_" + …).</summary>
    [GeneratedRegex("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][A-Z0-9]*_)\"")]
    private static partial Regex CodeLiteral();

    private static readonly Assembly[] s_product =
    [
        typeof(FindingCatalogue).Assembly,                                  // OfficeReview.Domain
        typeof(OfficeReview.OpenXml.Input.InputCodes).Assembly,             // OfficeReview.OpenXml
        typeof(OfficeReview.Service.Cli.CliApp).Assembly,                   // OfficeReview.Service
    ];

    private static IEnumerable<(string Holder, string Value)> CodeConstants() =>
        from assembly in s_product
        from type in assembly.GetTypes()
        where type != typeof(FindingCatalogue)
        from field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where field.IsLiteral && field.FieldType == typeof(string)
        let value = (string)field.GetRawConstantValue()!
        where CodeShape().IsMatch(value) && !s_notFindingCodes.Contains(value)
        select ($"{type.FullName}.{field.Name}", value);

    [Fact]
    public void Every_code_constant_of_the_product_is_in_the_catalogue()
    {
        var constants = CodeConstants().ToList();
        // The old holders (InputCodes, UnitWorkbookReader, HierarchyMerge, the rules…) are still found by the scan.
        Assert.True(constants.Count >= 150, $"only {constants.Count} code constants found; the reflection scan is broken");
        Assert.Contains(constants, c => c.Holder == "OfficeReview.Domain.Aggregation.HierarchyMerge.UnitMissing" && c.Value == "MERGE_UNIT_MISSING");
        var missing = constants.Where(c => FindingCatalogue.Find(c.Value) is null).Select(c => $"{c.Holder} = \"{c.Value}\"").ToList();
        Assert.True(missing.Count == 0, "codes missing from FindingCatalogue (functions/OfficeReview.Domain/Findings):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_catalogue_declares_each_code_once_with_a_constant_and_an_entry()
    {
        var constants = typeof(FindingCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var entries = FindingCatalogue.All.Select(d => d.Code).ToList();
        Assert.Equal(entries.Count, entries.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(constants.Count, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(constants.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
        Assert.All(entries, c => Assert.Matches(CodeShape(), c));
    }

    [Fact]
    public void Every_entry_has_a_Vietnamese_title_a_source_and_an_example_in_NFC()
    {
        var vietnamese = new Regex("[À-ỹĐđ]");
        Assert.All(FindingCatalogue.All, d =>
        {
            foreach (var text in new[] { d.Title, d.Source, d.Example })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), d.Code);
                Assert.True(text.IsNormalized(NormalizationForm.FormC), $"{d.Code}: not NFC: {text}");
                Assert.DoesNotContain('\n', text);
            }
            Assert.Matches(vietnamese, d.Title);
            Assert.Matches(vietnamese, d.Example);
        });
        // Input bounds name their configuration key.
        Assert.All(FindingCatalogue.All.Where(d => d.Code.StartsWith("INPUT_ZIP_TOO", StringComparison.Ordinal) || d.Code.StartsWith("INPUT_XML_TOO", StringComparison.Ordinal)),
            d => Assert.Contains("Limits:Input:", d.Source));
    }

    [Fact]
    public void No_code_literal_is_written_outside_the_catalogue()
    {
        var root = RepoPaths.Of("functions");
        var catalogue = Path.Combine(root, "OfficeReview.Domain", "Findings", "FindingCatalogue.Entries.cs");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.Contains(catalogue, files);
        Assert.True(files.Count > 100, $"only {files.Count} source files under {root}");
        var found = new List<string>();
        foreach (var file in files.Where(f => f != catalogue))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (var literal in CodeLiterals(lines[i]))
                    found.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: \"{literal}\"");
        }
        Assert.True(found.Count == 0,
            "finding codes written as literals outside FindingCatalogue; declare them in functions/OfficeReview.Domain/Findings/FindingCatalogue.Entries.cs and refer to the constant:\n"
            + string.Join("\n", found));
    }

    /// <summary>The code-shaped literals of one source line, environment variable names left out.</summary>
    private static IEnumerable<string> CodeLiterals(string line) =>
        CodeLiteral().Matches(line).Select(m => m.Groups[1].Value).Where(v => !s_notFindingCodes.Contains(v));

    [Fact]
    public void The_source_scan_catches_a_planted_code_and_a_glued_prefix()
    {
        Assert.Equal(["MERGE_SOMETHING_NEW"], CodeLiterals("findings.Add(Finding.Error(\"MERGE_SOMETHING_NEW\", path, message));"));
        Assert.Equal(["TEMPLATE_"], CodeLiterals("var code = \"TEMPLATE_\" + kind.ToString();"));
        Assert.Empty(CodeLiterals("Environment.GetEnvironmentVariable(\"OFFICEREVIEW_TOKEN\"); var s = \"HTXS\";"));
    }

    [Fact]
    public void Every_template_problem_kind_has_a_catalogue_code()
    {
        foreach (var kind in Enum.GetValues<CompositionProblemKind>())
            Assert.NotNull(FindingCatalogue.Find(DocumentService.CodeOf(kind)));
        // The values stored before the catalogue are kept.
        Assert.Equal("TEMPLATE_TEMPLATEUNREADABLE", DocumentService.CodeOf(CompositionProblemKind.TemplateUnreadable));
        Assert.Equal("TEMPLATE_UNKNOWNTAG", DocumentService.CodeOf(CompositionProblemKind.UnknownTag));
    }

    [Fact]
    public void Unreadable_codes_are_the_input_layer_and_the_readers_refusals_not_content_errors()
    {
        Assert.True(FindingCatalogue.IsUnreadable(FindingCatalogue.InputZipRatio));
        Assert.True(FindingCatalogue.IsUnreadable(FindingCatalogue.XlsxNotZip));
        Assert.True(FindingCatalogue.IsUnreadable(FindingCatalogue.TemplateUnreadable));
        Assert.False(FindingCatalogue.IsUnreadable(FindingCatalogue.QuotaExceeded));
        Assert.False(FindingCatalogue.IsUnreadable(FindingCatalogue.XlsxNotANumber));
        Assert.False(FindingCatalogue.IsUnreadable("NOT_A_CODE"));
    }

    [Fact]
    public void Docs_findings_md_is_generated_from_the_catalogue()
    {
        var path = RepoPaths.Of("docs", "findings.md");
        Assert.True(File.Exists(path), "docs/findings.md is missing; generate it: dotnet run --project functions/OfficeReview.Service -- findings-doc docs/findings.md");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == FindingCatalogue.Markdown(),
            "docs/findings.md differs from the findings catalogue; regenerate it: dotnet run --project functions/OfficeReview.Service -- findings-doc docs/findings.md");
        foreach (var d in FindingCatalogue.All) Assert.Contains($"| `{d.Code}` |", committed);
    }

    [Fact]
    public async Task The_findings_doc_verb_writes_what_the_test_compares()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "findings.md");
        var (exit, output, err) = await CliRunner.Run("findings-doc", target);
        Assert.True(exit == 0, err);
        Assert.Contains("findings.md", output);
        Assert.Equal(FindingCatalogue.Markdown(), File.ReadAllText(target));
    }
}
