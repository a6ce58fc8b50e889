using System.Text.RegularExpressions;
using OfficeReview.Service.Cli;

namespace OfficeReview.Service.Tests.Validation;

/// <summary>The example in docs/unit-report.md says what validate reports on it; keep it true.</summary>
public partial class DocsExampleTests
{
    [GeneratedRegex(@"## Example\s+```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [Fact]
    public async Task TheDocumentedExampleGivesTheDocumentedFindings()
    {
        var doc = await File.ReadAllTextAsync(RepoPaths.Of("docs", "unit-report.md"));
        var json = ExampleBlock().Match(doc).Groups["json"].Value;
        Assert.NotEmpty(json);
        using var temp = new TempFolder();
        var stdout = new StringWriter();
        var exit = await CliApp.RunAsync(["validate", temp.File("example.json", json), "--json"], stdout, new StringWriter());
        Assert.Equal(1, exit);
        var output = stdout.ToString();
        Assert.Contains("\"errors\": 3", output);
        Assert.Contains("5 ÷ 17 = 29,4%", output);
        Assert.Contains("đúng phải là 22,0%", output);
        Assert.Contains("26 ÷ 84 = 31,0%", output);
    }
}
