using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Tests.Workbooks;

public class TemplateTests
{
    public static TheoryData<string> TemplateFiles => new() { WorkbookTemplates.UnitFileName, WorkbookTemplates.ConsolidatedFileName };

    private static byte[] Generate(string file) =>
        file == WorkbookTemplates.UnitFileName ? WorkbookTemplates.Unit() : WorkbookTemplates.Consolidated();

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Committed_template_is_what_the_generator_produces(string file)
    {
        var path = Path.Combine(TestPaths.Templates, file);
        var generated = Generate(file);
        if (Environment.GetEnvironmentVariable("OFFICEREVIEW_UPDATE_TEMPLATES") == "1")
            File.WriteAllBytes(path, generated);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with OFFICEREVIEW_UPDATE_TEMPLATES=1 to write it.");
        var committed = File.ReadAllBytes(path);
        // Compare part by part (names and uncompressed bytes), so a different zlib cannot make the test lie either way.
        Assert.Equal(Parts(generated), Parts(committed));
    }

    [Fact]
    public void Generator_is_byte_deterministic()
    {
        Assert.Equal(WorkbookTemplates.Unit(), WorkbookTemplates.Unit());
        Assert.Equal(WorkbookTemplates.Consolidated(), WorkbookTemplates.Consolidated());
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Template_passes_the_Open_Xml_validator(string file)
    {
        using var ms = new MemoryStream(Generate(file));
        using var doc = SpreadsheetDocument.Open(ms, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Every_schema_name_is_defined_once_and_points_at_one_cell()
    {
        using var ms = new MemoryStream(WorkbookTemplates.Unit());
        using var doc = SpreadsheetDocument.Open(ms, false);
        var names = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(n => n.LocalSheetId is null)
            .ToDictionary(n => n.Name!.Value!, n => n.Text);
        var expected = WorkbookSchema.AllCountRows()
            .SelectMany(r => r.Fields.Select(r.Name))
            .Concat([WorkbookSchema.FormId, WorkbookSchema.Version, WorkbookSchema.Ruleset, WorkbookSchema.Year, WorkbookSchema.UnitCode, WorkbookSchema.UnitName, WorkbookSchema.UnitKind]);
        foreach (var name in expected)
        {
            Assert.True(names.ContainsKey(name), $"{name} is not defined");
            Assert.Matches(@"^'[^']+'!\$[A-Z]+\$\d+$", names[name]);
        }
        var tables = doc.WorkbookPart.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table!.Name!.Value).ToList();
        Assert.Contains(WorkbookSchema.MemberTable, tables);
    }

    private static SortedDictionary<string, string> Parts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in zip.Entries)
        {
            using var r = new StreamReader(e.Open());
            parts[e.FullName] = r.ReadToEnd();
        }
        return parts;
    }
}

public class TemplateReadmeTests
{
    [Fact]
    public void Readme_lists_every_defined_name_of_both_templates()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Templates, "README.md"));
        foreach (var bytes in new[] { WorkbookTemplates.Unit(), WorkbookTemplates.Consolidated() })
        {
            using var ms = new MemoryStream(bytes);
            using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(ms, false);
            var names = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
                .Select(n => n.Name!.Value!).Where(n => n.StartsWith("OR_", StringComparison.Ordinal)).ToList();
            Assert.True(names.Count > 150);
            var missing = names.Where(n => !readme.Contains($"`{n}`") && !(n.EndsWith("_Sum", StringComparison.Ordinal) && readme.Contains("`OR_Sub_…_Sum`"))).ToList();
            Assert.True(missing.Count == 0, "not in templates/README.md: " + string.Join(", ", missing));
        }
    }
}
